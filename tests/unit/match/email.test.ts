import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../lib/match/email';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../../../lib/model/emailPattern';

/** The rule as first written: trim, drop `mailto:`, cut at `?`, trim, lower case. */
function byTheRule(raw: string): string | null {
  const value = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.trim().toLowerCase();
  return EMAIL_PATTERN.test(value) && value.length <= EMAIL_MAX_LENGTH ? value : null;
}

describe('normaliseEmail', () => {
  it('lower-cases and trims addresses and mailto: links, refuses the rest', () => {
    expect(normaliseEmail(' Sales@Acme.COM ')).toBe('sales@acme.com');
    expect(normaliseEmail('MAILTO:Jane@Acme.com?subject=Hi')).toBe('jane@acme.com');
    expect(normaliseEmail('mailto: jane@acme.com ?cc=x')).toBe('jane@acme.com');
    expect(normaliseEmail('oops')).toBeNull();
    expect(normaliseEmail(`${'a'.repeat(250)}@b.cn`)).toBeNull();
  });

  it('reads every text as the rule does (property)', () => {
    const text = fc.array(fc.constantFrom('mailto:', 'MailTo:', '?', '@', '.', ' ', 'A', 'b', 'cn', '中', '\t', '<'), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (raw) => normaliseEmail(raw) === byTheRule(raw)), { numRuns: 2_000 });
  });
});
