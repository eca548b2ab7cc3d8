import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAccountDraft, parseContactDraft } from '../../../lib/csv/importDrafts';
import { Account, Contact, LIMITS, STAGES } from '../../../lib/model';
import { EMAIL_MAX_LENGTH } from '../../../lib/model/emailPattern';

/** Mostly what an import builds, sometimes an edge: drafts with one thing wrong are common, so each check is tried alone. */
const mostly = <T,>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 15 }, { arbitrary: edge, weight: 1 });
const CHARS = fc.array(fc.constantFrom('a', 'Z', '9', '.', '-', '_', ' ', '@', '中', 'é'), { minLength: 1, maxLength: 4 });
/** Strings of `length`, of characters that matter to the schemas' patterns. */
const textOf = (length: fc.Arbitrary<number>) => fc.tuple(length, CHARS).map(([n, chars]) => chars.join('').repeat(n).slice(0, n));
/** Up to `max` characters mostly; sometimes just at, over or under the bounds. */
const textNear = (max: number, min = 0) => mostly(textOf(fc.integer({ min: Math.max(min, 1), max })), textOf(fc.constantFrom(0, 1, max - 1, max, max + 1)));
const optional = <T,>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const number = mostly(fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(-1, 2 ** 53 - 1, 2 ** 53, 1e20, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY));
const AT_DOMAIN = '@company.cn';
const email = mostly(
  fc.constantFrom('sales@company.cn', 'li.wei@company.com.cn'),
  fc.oneof(textNear(EMAIL_MAX_LENGTH - AT_DOMAIN.length).map((local) => `${local}${AT_DOMAIN}`), fc.constantFrom('oops', 'a b@c.cn', '@c.cn', 'a@b', 'A@B.CN')),
);
const url = mostly(
  fc.constantFrom('https://www.company.cn', 'http://company.cn/about'),
  fc.oneof(textNear(LIMITS.url - 'https://'.length).map((rest) => `https://${rest}`), fc.constantFrom('HTTP://a.cn', 'ftp://a.cn', 'www.a.cn')),
);
const list = (item: fc.Arbitrary<string>) => mostly(fc.array(item, { maxLength: 3 }), fc.array(item, { minLength: LIMITS.listItems, maxLength: LIMITS.listItems + 1 }));
const domain = mostly(fc.constantFrom('company.cn', 'my-shop.co.uk', 'x1.io'), fc.oneof(textNear(253), fc.constantFrom('Company.cn', '例子.中国', 'under_score.cn', '', 'a'.repeat(253), 'a'.repeat(254))));

const accountDraft: fc.Arbitrary<Account> = fc
  .record({
    id: textNear(64, 1),
    createdAt: number,
    updatedAt: number,
    version: mostly(fc.constant(0), fc.constantFrom(1, -1, 0.5)),
    name: textNear(LIMITS.shortText, 1),
    domain,
    website: optional(url),
    description: optional(textNear(LIMITS.text)),
    stage: mostly(fc.constant('lead' as const), fc.constantFrom(...STAGES)),
    industry: optional(textNear(LIMITS.shortText)),
    employees: optional(number),
    annualRevenue: optional(number),
    region: optional(textNear(LIMITS.shortText)),
    tags: list(textNear(LIMITS.shortText)),
    phones: list(textNear(40)),
    emails: list(email),
    address: optional(textNear(LIMITS.text).map((text) => ({ text }))),
    ownerId: optional(textNear(LIMITS.shortText)),
    capturedAt: number,
  })
  .map((draft) => ({ ...draft })); // a plain object, as a row's draft is (fast-check's have no prototype)

const contactDraft: fc.Arbitrary<Contact> = fc
  .record({
    id: textNear(64, 1),
    createdAt: number,
    updatedAt: number,
    version: mostly(fc.constant(0), fc.constantFrom(1, -1, 0.5)),
    accountId: textNear(64, 1),
    name: textNear(LIMITS.shortText, 1),
    title: optional(textNear(LIMITS.shortText)),
    email: optional(email),
    phone: optional(textNear(40)),
  })
  .map((draft) => ({ ...draft }));

/** The same answer as zod: success, then the same data with the same keys in the same order. */
function expectSameAsZod<T extends object>(fast: { success: boolean; data?: T }, zod: { success: boolean; data?: T }) {
  expect(fast.success).toBe(zod.success);
  if (!zod.success) return;
  expect(fast.data).toStrictEqual(zod.data);
  expect(Object.keys(fast.data!)).toEqual(Object.keys(zod.data!));
}

const plainAccount: Account = {
  id: 'imp-1', createdAt: 1, updatedAt: 1, version: 0, name: '上海某某科技有限公司', domain: 'company.cn', website: 'https://www.company.cn',
  description: undefined, stage: 'lead', industry: undefined, employees: 1200, annualRevenue: 3e8, region: undefined, tags: ['VIP'],
  phones: ['+862162345678'], emails: ['sales@company.cn'], address: { text: '上海市' }, ownerId: undefined, capturedAt: 2,
};

describe('import drafts checked without zod', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers as Account.safeParse does, whatever the draft (property)', () => {
    fc.assert(fc.property(accountDraft, (draft) => expectSameAsZod(parseAccountDraft(draft), Account.safeParse(draft))), { numRuns: 2_000 });
  });

  it('answers as Contact.safeParse does, whatever the draft (property)', () => {
    fc.assert(fc.property(contactDraft, (draft) => expectSameAsZod(parseContactDraft(draft), Contact.safeParse(draft))), { numRuns: 2_000 });
  });

  it('leaves a plain row’s draft to the hand check, and any doubtful one to zod', () => {
    const zod = vi.spyOn(Account, 'safeParse');
    expect(parseAccountDraft(plainAccount)).toEqual({ success: true, data: plainAccount });
    expect(zod).not.toHaveBeenCalled();
    for (const doubtful of [{ employees: 1e20 }, { capturedAt: -1 }, { domain: '例子.中国' }, { stage: 'won' as const }]) {
      const draft = { ...plainAccount, ...doubtful };
      expectSameAsZod(parseAccountDraft(draft), Account.safeParse(draft));
    }
    expect(zod).toHaveBeenCalledTimes(8);
  });
});
