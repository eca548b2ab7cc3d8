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
  recipients: [
    // Email fields, and fields named after the headers.
    'input[type="email"]',
    'input[name="to"], input[name="cc"], input[name="email"]',
    // Webmails that show chips keep the real list in a hidden field named after the header
    // (Roundcube's `_to`/`_cc` textareas); the chips themselves are often mailto: links.
    'textarea[name="to" i], textarea[name="cc" i], textarea[name="_to" i], textarea[name="_cc" i], input[name="_to" i], input[name="_cc" i]',
    // Recipient chips that link to the address.
    'a[href^="mailto:" i]',
  ],
  recipientAttributes: ['value', 'href'],
} as const;
