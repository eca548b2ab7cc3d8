import { browser } from 'wxt/browser';
import { COMMAND_CAPTURE, MENU_CAPTURE_PAGE } from '../background/gestures';

/**
 * The rep's usual gestures on the sample page (issue #26): toolbar icon, shortcut, "Capture this
 * page". The background hears them too and opens the side panel, but its capture refuses an
 * extension page, so the sample page, which hears the same events, captures itself when they are
 * for its own tab.
 */
export function listenForSampleGestures(tabId: number, capture: () => void): void {
  const forMe = (tab: { id?: number } | undefined) => tab?.id === tabId;
  browser.action.onClicked.addListener((tab) => forMe(tab) && capture());
  browser.commands.onCommand.addListener((command, tab) => command === COMMAND_CAPTURE && forMe(tab) && capture());
  browser.contextMenus.onClicked.addListener((info, tab) => info.menuItemId === MENU_CAPTURE_PAGE && forMe(tab) && capture());
}
