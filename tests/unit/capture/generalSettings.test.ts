import { describe, expect, it, vi } from 'vitest';
import { createGeneralSettingsModel } from '../../../lib/settings/generalSettingsModel';
import { DEFAULT_SETTINGS } from '../../../lib/model';

describe('general settings model', () => {
  it('saves only the changed fields and shows what storage now holds', async () => {
    const stored = { ...DEFAULT_SETTINGS, backendUrl: 'https://crm.example.com' };
    const persist = vi.fn(async (patch: Partial<typeof DEFAULT_SETTINGS>) => ({ ...stored, ...patch }));
    const model = createGeneralSettingsModel(DEFAULT_SETTINGS, persist);
    await model.update({ locale: 'zh_CN', repName: '王芳' });
    expect(persist).toHaveBeenCalledWith({ locale: 'zh_CN', repName: '王芳' });
    expect(model.settings.value).toMatchObject({ locale: 'zh_CN', repName: '王芳', backendUrl: 'https://crm.example.com' });
    expect(model.status.value).toEqual({ kind: 'saved' });
  });

  it('refuses an invalid value, names the field and keeps the old settings', async () => {
    const persist = vi.fn(async () => DEFAULT_SETTINGS);
    const model = createGeneralSettingsModel(DEFAULT_SETTINGS, persist);
    await model.update({ firstContactHours: 0 });
    expect(persist).not.toHaveBeenCalled();
    expect(model.status.value).toEqual({ kind: 'invalid', field: 'firstContactHours' });
    expect(model.settings.value.firstContactHours).toBe(48);
  });

  it('keeps the old settings in force when storage fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const model = createGeneralSettingsModel(DEFAULT_SETTINGS, async () => Promise.reject(new Error('quota')));
    await model.update({ repName: 'Ann' });
    expect(model.status.value).toEqual({ kind: 'failed' });
    expect(model.settings.value.repName).toBe('');
  });
});
