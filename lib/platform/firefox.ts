import { withEllipsis } from '../text/ellipsis';
import type { PlatformAdapter } from './types';

/**
 * Firefox has no `list` notification type (only `basic`, shown by the system with the title and
 * the message text) and no line limit we can rely on across desktops: each line is kept short and
 * on its own row. Longer than this and the system cuts it anyway.
 */
const LINE_CHARS = 80;

/** Firefox: the sidebar (`sidebar_action`) is opened without a window; grouped items become lines of one text. */
export const firefoxPlatform: PlatformAdapter = {
  name: 'firefox',
  shortcutSettingsUrl: 'about:addons',
  openPanel: (apis) => apis.sidebarAction?.open(),
  groupedNotification: ({ iconUrl, title, lines, priority }) => ({
    type: 'basic',
    iconUrl,
    title,
    message: lines.map((line) => withEllipsis([line.title, line.message].filter(Boolean).join(' · '), LINE_CHARS)).join('\n'),
    ...(priority === undefined ? {} : { priority }),
  }),
};
