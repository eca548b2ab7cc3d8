import { describe, expect, it } from 'vitest';
import { compareVersions, installAction } from '../../../lib/onboarding/installAction';
import type { ReleaseNote } from '../../../lib/onboarding/releaseNotes';

const NOTES: ReleaseNote[] = [
  { version: '1.0.0', announce: true, key: 'whatsNew_1_0_0' },
  { version: '1.1.0', announce: false, key: 'whatsNew_1_1_0' },
  { version: '1.2.0', announce: true, key: 'whatsNew_1_2_0' },
];

describe('what runtime.onInstalled opens (issue #26)', () => {
  it('a new install opens the welcome page, once per profile', () => {
    expect(installAction({ reason: 'install' }, '1.2.0', false, NOTES)).toEqual({ page: 'welcome' });
    expect(installAction({ reason: 'install' }, '1.2.0', true, NOTES)).toBeNull();
  });

  it('an update opens "what\'s new" only for announced releases after the previous version', () => {
    expect(installAction({ reason: 'update', previousVersion: '0.9.0' }, '1.2.0', true, NOTES)).toEqual({ page: 'whatsNew', notes: ['whatsNew_1_0_0', 'whatsNew_1_2_0'] });
    expect(installAction({ reason: 'update', previousVersion: '1.0.0' }, '1.1.0', true, NOTES)).toBeNull();
    expect(installAction({ reason: 'update', previousVersion: '1.1.0' }, '1.2.0', true, NOTES)).toEqual({ page: 'whatsNew', notes: ['whatsNew_1_2_0'] });
    // A release not yet installed is not announced early.
    expect(installAction({ reason: 'update', previousVersion: '1.0.0' }, '1.1.5', true, NOTES)).toBeNull();
  });

  it('never on a reload with the same version, a browser update, or versions it cannot read', () => {
    expect(installAction({ reason: 'update', previousVersion: '1.2.0' }, '1.2.0', true, NOTES)).toBeNull();
    expect(installAction({ reason: 'chrome_update' }, '1.2.0', true, NOTES)).toBeNull();
    expect(installAction({ reason: 'shared_module_update' }, '1.2.0', true, NOTES)).toBeNull();
    expect(installAction({ reason: 'update' }, '1.2.0', true, NOTES)).toBeNull();
    expect(installAction({ reason: 'update', previousVersion: 'beta' }, '1.2.0', true, NOTES)).toBeNull();
  });

  it('the shipped table announces nothing on every update', () => {
    expect(installAction({ reason: 'update', previousVersion: '0.0.1' }, '0.1.0', true)).toBeNull();
  });

  it('compares versions part by part, numerically, and refuses anything else', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.2.0.0')).toBe(0);
    expect(compareVersions('2', '10')).toBeLessThan(0);
    expect(compareVersions('1.2.3.4.5', '1')).toBeNull();
    expect(compareVersions(`${'1.'.repeat(50_000)}1`, '1')).toBeNull();
  });
});
