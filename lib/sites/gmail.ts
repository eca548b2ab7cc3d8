import type { WebmailSelectors } from './webmailSelectors';

/**
 * Gmail (mail.google.com). Gmail's class names are minified but have been stable for years;
 * ARIA labels are stable but localised, so each element has a label-based selector for the
 * English and Chinese UI and a class- or attribute-based one that works in any language.
 * Fixtures: tests/fixtures/sites/gmail-*.html.
 */
export const GMAIL_SELECTORS: WebmailSelectors = {
  mode: 'gmail',
  hosts: ['mail.google.com'],
  compose: {
    body: [
      // The body editor of a new message, pop-out or inline reply (English UI label).
      'div[contenteditable="true"][role="textbox"][aria-label="Message Body"]',
      // The same editor in the Chinese UI.
      'div[contenteditable="true"][role="textbox"][aria-label="邮件正文"]',
      // The same editor by its classes (Am Al editable), in any UI language.
      'div.Am.Al.editable[contenteditable="true"]',
      // Gmail marks its own editors with g_editable="true"; a last resort if the classes change.
      'div[g_editable="true"][contenteditable="true"]',
    ],
    root: [
      // The "New Message" window (pop-up, pop-out or full screen) is a dialog.
      'div[role="dialog"]',
      // The compose form wrapper, also used by inline replies inside a conversation.
      'div.M9',
    ],
    recipients: [
      // Recipient chips of the current compose: data-hovercard-id holds the address.
      'div[data-hovercard-id*="@"]',
      // Recipient chips of the older compose: <span class="vN" email="...">.
      'span[email]',
      // Hidden form fields the older compose submits, comma-separated addresses.
      'input[name="to"], input[name="cc"], input[name="bcc"]',
    ],
    recipientAttributes: ['data-hovercard-id', 'email', 'value'],
    subject: [
      // The subject line; its name is the same in every UI language.
      'input[name="subjectbox"]',
    ],
  },
  openMessage: {
    root: [
      // One expanded message in a conversation (collapsed ones have no body).
      'div.adn',
      // A conversation item, should the class change.
      'div[role="listitem"]',
    ],
    sender: [
      // The sender's name chip in the message header: email="address", name="display name".
      'span.gD[email]',
      // The same chip found by the header heading it sits in.
      'h3 span[email]',
    ],
    senderAttributes: ['email', 'name'],
    body: [
      // The message body (div.a3s.aiL).
      'div.a3s',
    ],
    signature: [
      // Signatures written in Gmail are wrapped in div.gmail_signature.
      'div.gmail_signature',
      '[data-smartmail="gmail_signature"]',
    ],
    quoteStart: [
      // Quoted earlier messages ("On Mon, … wrote:") and their wrapper.
      'div.gmail_quote',
      'div.gmail_extra',
      'blockquote',
    ],
  },
};
