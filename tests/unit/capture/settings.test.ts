import { describe, expect, it, vi } from 'vitest';
import { parseStoredSettings } from '../../../lib/settings/settingsStore';
import { DEFAULT_SETTINGS } from '../../../lib/model';

describe('stored settings', () => {
  it('fills defaults for a fresh install', () => {
    expect(parseStoredSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.firstContactHours).toBe(48);
  });

  it('keeps valid fields and resets only broken ones', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseStoredSettings({ locale: 'zh_CN', repName: 'Li Lei', firstContactHours: -5 })).toMatchObject({ locale: 'zh_CN', repName: 'Li Lei', firstContactHours: 48 });
    expect(parseStoredSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts https backends and plain http only on this machine', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseStoredSettings({ backendUrl: 'https://crm.example.com' }).backendUrl).toBe('https://crm.example.com');
    expect(parseStoredSettings({ backendUrl: 'http://localhost:8787' }).backendUrl).toBe('http://localhost:8787');
    expect(parseStoredSettings({ backendUrl: 'http://crm.example.com' }).backendUrl).toBeUndefined();
  });
});
