import { browser, type Browser } from 'wxt/browser';
import type { CaptureMode } from '../messaging/protocol';
import { openPanel } from '../platform';

export const MENU_CAPTURE_PAGE = 'leadkit-capture-page';
export const MENU_CAPTURE_SELECTION = 'leadkit-capture-selection';
export const COMMAND_CAPTURE = 'capture-page';

type Capture = (tabId: number, mode: CaptureMode) => Promise<unknown>;

// Our messages.json is generated at build time, so WXT's typed key list does not know these keys.
const message = (key: string): string => (browser.i18n.getMessage as (name: string) => string)(key);

/**
 * Context-menu items are kept across restarts by the browser; (re)create them on install/update.
 * Other features' items come in `more`, created after the clean-up so that it cannot remove them.
 */
export function createContextMenus(more: Browser.contextMenus.CreateProperties[] = []): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_CAPTURE_PAGE, title: message('menuCapturePage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_CAPTURE_SELECTION, title: message('menuCaptureSelection'), contexts: ['selection'] });
    for (const item of more) browser.contextMenus.create(item);
  }, (error: unknown) => console.warn('[leadkit] context menus', error));
}

/**
 * The three ways a rep captures: toolbar icon, keyboard shortcut, context menu. Each opens the
 * panel first (inside the gesture), then runs the capture the panel will show.
 */
export function listenForCaptureGestures(capture: Capture): void {
  const start = (tab: Browser.tabs.Tab | undefined, mode: CaptureMode) => {
    if (tab?.id === undefined) return;
    openPanel(tab.windowId);
    void capture(tab.id, mode);
  };
  browser.action.onClicked.addListener((tab) => start(tab, 'page'));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_CAPTURE) start(tab, 'page');
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CAPTURE_PAGE) start(tab, 'page');
    if (info.menuItemId === MENU_CAPTURE_SELECTION) start(tab, 'selection');
  });
}
