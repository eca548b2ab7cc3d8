import type { PlatformAdapter } from './types';

/** Chrome: the side panel is per window; many items go in a `list` notification. */
export const chromePlatform: PlatformAdapter = {
  name: 'chrome',
  shortcutSettingsUrl: 'chrome://extensions/shortcuts',
  openPanel: (apis, windowId) => (windowId === undefined ? undefined : apis.sidePanel?.open({ windowId })),
  groupedNotification: ({ iconUrl, title, lines, priority }) => ({
    type: 'list',
    iconUrl,
    title,
    message: '',
    items: lines.map((line) => ({ title: line.title, message: line.message })),
    ...(priority === undefined ? {} : { priority }),
  }),
};
