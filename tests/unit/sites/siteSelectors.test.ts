import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERIC_SELECTORS, WEBMAILS, webmailForHost } from '../../../lib/sites';

const SITES_DIR = join(import.meta.dirname, '../../../lib/sites');

function allSelectors(): string[] {
  const fromWebmails = WEBMAILS.flatMap((webmail) => [
    ...webmail.compose.body,
    ...webmail.compose.root,
    ...webmail.compose.recipients,
    ...webmail.compose.subject,
    ...webmail.openMessage.root,
    ...webmail.openMessage.sender,
    ...webmail.openMessage.body,
    ...webmail.openMessage.signature,
    ...webmail.openMessage.quoteStart,
  ]);
  return [...fromWebmails, ...GENERIC_SELECTORS.body, ...GENERIC_SELECTORS.recipients];
}

describe('site selectors as data', () => {
  it('every selector is valid CSS', () => {
    for (const selector of allSelectors()) expect(() => document.querySelectorAll(selector), selector).not.toThrow();
  });

  it.each(['gmail.ts', 'outlook.ts', 'generic.ts'])('%s: every selector has a comment saying what it matches', (file) => {
    const lines = readFileSync(join(SITES_DIR, file), 'utf8').split('\n');
    let commented = false;
    let selectorLines = 0;
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed.startsWith('//')) commented = true;
      else if (/^'.*',?$/.test(trimmed)) {
        selectorLines += 1;
        expect(commented, `${file}: ${trimmed} has no comment above it`).toBe(true);
      } else commented = false;
    }
    expect(selectorLines).toBeGreaterThan(0);
  });

  it('maps hosts to adapters, ignoring case and port, and nothing else', () => {
    expect(webmailForHost('mail.google.com')?.mode).toBe('gmail');
    expect(webmailForHost('Outlook.Office.com:443')?.mode).toBe('outlook');
    expect(webmailForHost('google.com')).toBeNull();
    expect(webmailForHost('mail.google.com.evil.example')).toBeNull();
    expect(webmailForHost('evil-outlook.live.com')).toBeNull();
  });
});
