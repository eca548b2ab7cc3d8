/** The capture command's name in the manifest (wxt.config.ts). */
export const CAPTURE_COMMAND = 'capture-page';

/** Permissions whose reason the pages show (`onboardingPermission_<name>`); the manifest test pins the list. */
export const EXPLAINED_PERMISSIONS = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'tabs', 'contextMenus', 'alarms', 'notifications', 'sidePanel'] as const;

export interface AccessReport {
  /** The capture shortcut as the browser shows it, or '' when the rep removed it. */
  shortcut: string;
  /** Each permission held, with the key of the sentence saying why. */
  permissions: { name: string; reasonKey: string }[];
  /** Sites LeadKit may read, as match patterns (declared webmail hosts and the ones the rep granted). */
  sites: string[];
}

const MAX_LISTED = 200;

/**
 * Issue #26: what the welcome and options pages show from `commands.getAll()` and
 * `permissions.getAll()`. A permission without an explained reason still shows, with the generic one.
 */
export function accessReport(commands: readonly { name?: string; shortcut?: string }[], granted: { permissions?: string[]; origins?: string[] }): AccessReport {
  const explained = new Set<string>(EXPLAINED_PERMISSIONS);
  return {
    shortcut: commands.find((command) => command.name === CAPTURE_COMMAND)?.shortcut ?? '',
    permissions: (granted.permissions ?? []).slice(0, MAX_LISTED).map((name) => ({ name, reasonKey: explained.has(name) ? `onboardingPermission_${name}` : 'onboardingPermissionOther' })),
    sites: [...new Set(granted.origins ?? [])].slice(0, MAX_LISTED).sort(),
  };
}
