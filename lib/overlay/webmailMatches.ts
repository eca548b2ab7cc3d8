/**
 * The webmail pages the compose launcher is declared for (issue 6), one pattern per adapter
 * host in lib/sites/. These are the only host permissions LeadKit holds up front; the reasons
 * are pinned in tests/unit/architecture/manifest.test.ts.
 */
export const WEBMAIL_MATCHES: readonly string[] = [
  // Gmail (lib/sites/gmail.ts).
  'https://mail.google.com/*',
  // Outlook on the web, personal and work (lib/sites/outlook.ts).
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

/**
 * The e2e build serves the saved Gmail and Outlook DOM as http://gmail.test and
 * http://outlook.test (tests/e2e/fixtures/); the production host list stays exact.
 */
export const E2E_WEBMAIL_MATCHES: readonly string[] = ['http://gmail.test/*', 'http://outlook.test/*'];
