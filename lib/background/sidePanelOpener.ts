import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the panel for a window. Must be called synchronously inside the rep's gesture (toolbar
 * click, shortcut, context menu): browsers refuse to open it after an await.
 */
export function openSidePanel(windowId: number | undefined): void {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  const opening = api.sidePanel && windowId !== undefined ? api.sidePanel.open({ windowId }) : api.sidebarAction?.open();
  opening?.catch((error: unknown) => console.warn('[leadkit] could not open the side panel', error));
}
