/** Built by WXT from entrypoints/*.content.ts; the background injects or registers them. */
export const OVERLAY_FILES = {
  /**
   * The always-on stub (declared in the manifest for the webmail hosts, registered for the sites
   * the rep turned the launcher on for): waits for the rep to start writing, then asks for the launcher.
   */
  compose: '/content-scripts/compose.js',
  /** The compose launcher and recipient chip, injected by the background when the stub asks (issue #3). */
  launcher: '/content-scripts/compose-launcher.js',
  /** The script picker, loaded into a tab only when the rep opens a launcher. */
  picker: '/content-scripts/compose-picker.js',
  /** The website badge for known accounts. */
  badge: '/content-scripts/account-badge.js',
} as const;

export type OverlayFile = (typeof OVERLAY_FILES)[keyof typeof OVERLAY_FILES];

/** Ids of the scripts registered with scripting.registerContentScripts. */
export const REGISTERED_IDS = { badge: 'leadkit-account-badge', compose: 'leadkit-compose-generic' } as const;
