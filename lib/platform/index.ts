import { browser } from 'wxt/browser';
import { chromePlatform } from './chrome';
import { firefoxPlatform } from './firefox';
import type { PanelApis, PlatformAdapter } from './types';

export type { GroupedNotification, NotificationLine, PlatformAdapter, PlatformNotificationOptions } from './types';

/**
 * The adapter of the browser this build is for. WXT sets `import.meta.env.FIREFOX` per build
 * target (`wxt build -b firefox`), so each build carries only its own adapter's choices.
 */
// `?.`: tests import this under plain Node (tsx), where nothing defines import.meta.env.
export const platform: PlatformAdapter = import.meta.env?.FIREFOX ? firefoxPlatform : chromePlatform;

/**
 * Opens the panel (Chrome's side panel, Firefox's sidebar) for a window. Call it synchronously
 * inside the rep's gesture: the browsers refuse to open it after an await.
 */
export function openPanel(windowId: number | undefined): void {
  platform.openPanel(browser as unknown as PanelApis, windowId)?.catch((error: unknown) => console.warn('[leadkit] could not open the panel', error));
}
