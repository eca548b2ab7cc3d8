/**
 * Any other page, and the fallback when a webmail's selectors miss: every visible textarea
 * or contenteditable is a compose box. Fixture: tests/fixtures/sites/generic-compose.html.
 */
export const GENERIC_SELECTORS = {
  body: [
    // Plain multi-line text fields (contact forms, CRM notes, older webmails).
    'textarea',
    // Rich-text editors: contenteditable="true", the empty-string form, and plaintext-only.
    '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  ],
  // Addresses typed into the same form as the compose box.
  recipients: ['input[type="email"]', 'input[name="to"], input[name="cc"], input[name="email"]'],
  recipientAttributes: ['value'],
} as const;
