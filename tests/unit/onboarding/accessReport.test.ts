import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { accessReport, CAPTURE_COMMAND, EXPLAINED_PERMISSIONS } from '../../../lib/onboarding/accessReport';
import { MESSAGES } from '../../../lib/i18n';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 3; command: 'build' }) => { permissions: string[]; commands: Record<string, unknown> };
const manifest = (config.manifest as unknown as ManifestFn)({ mode: 'production', browser: 'chrome', manifestVersion: 3, command: 'build' });

describe('shortcut and permissions shown to the rep (issue #26)', () => {
  it('reads the capture shortcut from commands.getAll, or says there is none', () => {
    expect(Object.keys(manifest.commands)).toContain(CAPTURE_COMMAND);
    const commands = [{ name: '_execute_action', shortcut: 'Alt+Shift+K' }, { name: CAPTURE_COMMAND, shortcut: 'Alt+Shift+L' }];
    expect(accessReport(commands, {}).shortcut).toBe('Alt+Shift+L');
    expect(accessReport([{ name: CAPTURE_COMMAND, shortcut: '' }], {}).shortcut).toBe('');
    expect(accessReport([], {}).shortcut).toBe('');
  });

  it('every permission the manifest asks for has its reason, in both languages', () => {
    expect([...manifest.permissions].sort()).toEqual([...EXPLAINED_PERMISSIONS].sort());
    const report = accessReport([], { permissions: manifest.permissions });
    for (const { reasonKey } of report.permissions) {
      expect(MESSAGES.en[reasonKey]?.message).toBeTruthy();
      expect(MESSAGES.zh_CN[reasonKey]?.message).toBeTruthy();
    }
  });

  it('a permission it does not know still shows, with the generic reason; sites are listed once, sorted', () => {
    const report = accessReport([], { permissions: ['storage', 'downloads'], origins: ['https://b.example/*', 'https://a.example/*', 'https://b.example/*'] });
    expect(report.permissions).toEqual([
      { name: 'storage', reasonKey: 'onboardingPermission_storage' },
      { name: 'downloads', reasonKey: 'onboardingPermissionOther' },
    ]);
    expect(report.sites).toEqual(['https://a.example/*', 'https://b.example/*']);
  });
});
