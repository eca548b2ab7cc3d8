/**
 * Issue #27: the browser surfaces that differ between Chrome and Firefox, each behind one adapter
 * (lib/platform/chrome.ts, lib/platform/firefox.ts). Features call these, never the browser's own
 * panel or list-notification API, so no feature checks which browser it runs in.
 */

/** One line of a grouped notification: whose task, and what to do. */
export interface NotificationLine {
  title: string;
  message: string;
}

/** The options `notifications.create` takes, limited to what LeadKit shows. */
export interface PlatformNotificationOptions {
  type: 'basic' | 'list';
  iconUrl: string;
  title: string;
  message: string;
  items?: NotificationLine[];
  priority?: number;
}

/** A grouped notification as features describe it: the title carries the count. */
export interface GroupedNotification {
  iconUrl: string;
  title: string;
  lines: readonly NotificationLine[];
  priority?: number;
}

/** The panel APIs as each browser has them (untyped in the polyfill's types for one or the other). */
export interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export interface PlatformAdapter {
  name: 'chrome' | 'firefox';
  /** Where this browser lets the rep change an extension's keyboard shortcuts (opened with tabs.create). */
  shortcutSettingsUrl: string;
  /**
   * Opens the panel for a window. Must be called synchronously inside the rep's gesture (toolbar
   * click, shortcut, context menu, notification click): both browsers refuse it after an await.
   * Returns the opening, or undefined when this browser cannot open it here (nothing to wait for).
   */
  openPanel(apis: PanelApis, windowId: number | undefined): Promise<void> | undefined;
  /** The notification options for many items at once, in the form this browser can show. */
  groupedNotification(group: GroupedNotification): PlatformNotificationOptions;
}
