export type { WebmailMode, WebmailSelectors } from './webmailSelectors';
export { GMAIL_SELECTORS } from './gmail';
export { OUTLOOK_SELECTORS } from './outlook';
export { GENERIC_SELECTORS } from './generic';
export { WEBMAILS, webmailForHost } from './webmailForHost';
export { findComposeTargets, type ComposeMode, type ComposeTarget, type ComposeTargets } from './findComposeTargets';
export { readOpenMessageSender, type OpenMessageSender, type OpenMessageSenderResult } from './readOpenMessageSender';
export { captureSelection, type SavedSelection } from './captureSelection';
export { insertTextAtCursor, type InsertMethod, type InsertResult } from './insertTextAtCursor';
