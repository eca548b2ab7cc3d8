import type { WebmailSelectors } from './webmailSelectors';

/**
 * Outlook on the web (personal, work and the new outlook.cloud.microsoft). Class names are
 * generated per build and useless as hooks, so these rely on ARIA labels (English and Chinese
 * UI) and on the ids Outlook writes into mail HTML. Best knowledge as of 2025: re-check against
 * a fresh capture when the fixtures in tests/fixtures/sites/outlook-*.html are refreshed.
 */
export const OUTLOOK_SELECTORS: WebmailSelectors = {
  mode: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  compose: {
    body: [
      // The compose or reply body (English UI); some builds append ", press Alt+F10 to exit".
      'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
      // The same editor in the Chinese UI.
      'div[role="textbox"][contenteditable="true"][aria-label^="邮件正文"]',
    ],
    root: [
      // The compose form in the reading pane.
      'div[data-app-section="Form_Content"]',
      // A compose window popped out into its own dialog.
      'div[role="dialog"]',
    ],
    recipients: [
      // Recipient pills in the To / Cc / Bcc wells; the pill's title holds the address.
      '[aria-label="To"] [title*="@"], [aria-label="Cc"] [title*="@"], [aria-label="Bcc"] [title*="@"]',
      // The same pills in the Chinese UI.
      '[aria-label="收件人"] [title*="@"], [aria-label="抄送"] [title*="@"], [aria-label="密件抄送"] [title*="@"]',
      // Pills in builds that carry the address in the aria-label ("Jane Doe jane@contoso.com").
      '[aria-label="To"] [aria-label*="@"], [aria-label="Cc"] [aria-label*="@"], [aria-label="Bcc"] [aria-label*="@"]',
      '[aria-label="收件人"] [aria-label*="@"], [aria-label="抄送"] [aria-label*="@"], [aria-label="密件抄送"] [aria-label*="@"]',
    ],
    recipientAttributes: ['title', 'aria-label'],
    subject: [
      // The subject field: English and Chinese placeholder labels.
      'input[aria-label="Add a subject"]',
      'input[aria-label="添加主题"]',
    ],
  },
  openMessage: {
    root: [
      // The reading pane that shows the open message or conversation.
      'div[aria-label="Reading Pane"]',
      'div[aria-label="阅读窗格"]',
      // The main region, should the pane's label change.
      'div[role="main"]',
    ],
    sender: [
      // The sender persona in the message header; reads "Name<address>", title holds the address.
      '[aria-label^="From:"]',
      // The same in the Chinese UI ("发件人: 姓名").
      '[aria-label^="发件人"]',
    ],
    senderAttributes: ['title', 'aria-label'],
    body: [
      // The body of a received message (English and Chinese label).
      'div[role="document"][aria-label^="Message body"]',
      'div[role="document"][aria-label^="邮件正文"]',
      // Outlook's long-lived wrapper class around message bodies.
      'div.allowTextSelection',
    ],
    signature: [
      // Signatures inserted by Outlook: id "Signature", prefixed "x_" once received.
      '[id="Signature"], [id$="_Signature"]',
    ],
    quoteStart: [
      // The "From: … Sent: …" header Outlook puts above quoted history (also x_ prefixed).
      '[id="divRplyFwdMsg"], [id$="_divRplyFwdMsg"]',
      '[id="appendonsend"], [id$="_appendonsend"]',
      'blockquote',
    ],
  },
};
