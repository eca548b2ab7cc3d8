import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '../../../../lib/scoring';
import { decodeInputPage, encodeInputPage } from '../../../../lib/scoring/inputs/inputPageCodec';
import { inputRowOf, signalsAt } from '../../../../lib/scoring/inputs/inputRow';
import { leadInputFrom } from '../../../../lib/scoring/leadInputFrom';
import type { StoredLead } from '../../../../lib/scoring/rescore/storedLeads';
import { scoreLeads } from '../../../../lib/scoring/rescore/writeScores';
import { scoreLead } from '../../../../lib/scoring/scoreLead';
import { signalsFromRecords } from '../../../../lib/signals/signalsFor';
import { compiled, DAY, NOW } from '../ruleSetFixture';
import { HEAVY } from '../../heavy';

const rules = compiled(DEFAULT_RULE_SET);

/** Mostly what the app stores, sometimes what sync or an old release may have left (wrong types, blanks, nulls). */
const text = (values: string[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(undefined, '', '  ', 42, null) });
const number = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) }, { weight: 1, arbitrary: fc.constantFrom(undefined, NaN, Infinity, '200', -0) });
/** Times on and around the moments scored at (a meeting at the very moment of scoring has happened). */
const MOMENTS = [NOW - 30 * DAY, NOW - DAY, NOW, NOW + DAY];
const time = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: NOW - 400 * DAY, max: NOW + 30 * DAY }) },
  { weight: 4, arbitrary: fc.constantFrom(...MOMENTS) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, NaN, '2025-01-01') },
);

const account = fc.record(
  {
    id: fc.constant('acc'),
    updatedAt: fc.oneof({ weight: 9, arbitrary: fc.constant(NOW - DAY) }, { weight: 1, arbitrary: fc.constantFrom(undefined, 'x', NaN, Infinity) }),
    industry: text(['Software', '软件', 'Manufacturing', ' Retail ', 'software']),
    employees: number,
    annualRevenue: number,
    region: text(['East China', '华东', 'EMEA']),
    address: fc.option(fc.record({ region: text(['华南', 'West']), country: text(['CN', 'US']) }), { nil: undefined }),
    domain: text(['acme.com', 'qq.com']),
    stage: fc.constantFrom('lead', 'qualified', 'won', undefined, 7),
    tags: fc.oneof({ weight: 6, arbitrary: fc.array(fc.constantFrom('product-fit', 'partner', '重点'), { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(undefined, 'x', [1]) }),
    emails: fc.option(fc.array(fc.constantFrom('a@Acme.com', 'b@qq.com', 'nobody'), { maxLength: 2 }), { nil: undefined }),
    needs: fc.option(
      fc.record({
        budget: text(['500k', '预算 50 万']),
        timeline: text(['Q3', '下季度']),
        pains: fc.oneof({ weight: 6, arbitrary: fc.array(fc.record({ text: fc.constant('p'), priority: fc.constantFrom('must', 'nice') }), { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom('x', 3) }),
        competitors: fc.oneof({ weight: 6, arbitrary: fc.array(fc.constantFrom('Rival', '竞品'), { maxLength: 2 }) }, { weight: 1, arbitrary: fc.constant(undefined) }),
      }),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['id', 'updatedAt'] },
);

const contact = fc.record({
  id: fc.constantFrom('c1', 'c2', 'c3'),
  title: text(['CEO', 'VP Sales', '销售经理', 'Intern', 'Engineer', '总经理助理']),
  email: text(['ann@Acme.COM', 'bob@gmail.com', 'x']),
  createdAt: fc.integer({ min: 1, max: 5 }),
});

const activity = fc.oneof(
  { weight: 9, arbitrary: fc.record({ kind: fc.constantFrom('email', 'meeting', 'call', 'note', 'capture', 'fax'), result: text(['replied', 'no reply yet', '客户已回复', '未回复', 'answered the pricing question']), at: time }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const visit = fc.oneof({ weight: 9, arbitrary: fc.record({ startedAt: time, seconds: fc.oneof(fc.integer({ min: 0, max: 3600 }), fc.constant(NaN)) }) }, { weight: 1, arbitrary: fc.constant(null) });

const storedLead = fc.record({
  account,
  contacts: fc.array(contact, { maxLength: 3 }),
  activities: fc.array(activity, { maxLength: 5 }),
  visits: fc.array(visit, { maxLength: 4 }),
}) as unknown as fc.Arbitrary<StoredLead>;

const scoredAt = fc.oneof(fc.integer({ min: NOW - 10 * DAY, max: NOW + 40 * DAY }), fc.constantFrom(...MOMENTS));

/** The row as re-scoring gets it back: encoded on a page, cloned as IndexedDB clones it, decoded. */
const storedRow = (lead: StoredLead) => decodeInputPage(structuredClone(encodeInputPage('', [inputRowOf(lead, 'acc')])))![0]!;

describe('scoring input rows (issue #4: a full re-score without reading 200k records)', () => {
  it('score every lead exactly as its records do, at any time', () => {
    fc.assert(
      fc.property(storedLead, scoredAt, (lead, now) => {
        const row = storedRow(lead);
        const fromRecords = scoreLeads(rules, [lead], now);
        if (row.raw) return; // read from its records when scored: nothing to compare
        expect(fromRecords.updates).toHaveLength(1);
        expect(scoreLead(rules, row.lead, signalsAt(row, now), now)).toEqual(fromRecords.updates[0]!.score);
        expect(row.updatedAt).toBe(fromRecords.updates[0]!.derivedFromUpdatedAt);
      }),
      { numRuns: 2_000 },
    );
  }, HEAVY);

  it('hold what leadInputFrom and signalsFromRecords make of the records, key for key', () => {
    fc.assert(
      fc.property(storedLead, scoredAt, (lead, now) => {
        const row = storedRow(lead);
        if (row.raw) return;
        expect(row.lead).toStrictEqual(leadInputFrom(lead.account as never, lead.contacts));
        expect(Object.keys(row.lead)).toEqual(Object.keys(leadInputFrom(lead.account as never, lead.contacts)));
        expect(signalsAt(row, now)).toStrictEqual(signalsFromRecords(lead.visits, lead.activities, now));
      }),
      { numRuns: 2_000 },
    );
  }, HEAVY);

  it('leave records they cannot hold exactly to be read again, and keep the usual ones', () => {
    const good = { account: { id: 'acc', updatedAt: NOW, industry: 'Software', tags: [] }, contacts: [], activities: [], visits: [] } as unknown as StoredLead;
    expect(storedRow(good).raw).toBe(false);
    const broken = (change: object) => storedRow({ ...good, ...change } as StoredLead).raw;
    expect(broken({ account: { id: 'acc', updatedAt: NOW, employees: '200' } })).toBe(true);
    expect(broken({ account: { id: 'acc', updatedAt: NOW, employees: NaN } })).toBe(true);
    expect(broken({ account: { id: 'acc', updatedAt: NOW, tags: 'x' } })).toBe(true);
    expect(broken({ account: { id: 'acc', industry: 'Software' } })).toBe(true);
    expect(broken({ account: { id: 'acc', updatedAt: NOW, industry: 42 } })).toBe(true);
    expect(broken({ visits: [null] })).toBe(true);
    expect(broken({ visits: [{ startedAt: NOW, seconds: '30' }] })).toBe(true);
    // An activity without a date counts for nothing either way; it does not make the row raw.
    expect(broken({ activities: [{ kind: 'email', result: 'replied' }, null] })).toBe(false);
  });

  it('a page keeps many rows apart, and a damaged page reads as none', () => {
    const leads = fc.sample(storedLead, { numRuns: 200, seed: 7 });
    const rows = leads.map((lead, i) => inputRowOf({ ...lead, account: { ...(lead.account as object), id: `acc${String(i).padStart(3, '0')}` } }, `acc${String(i).padStart(3, '0')}`));
    const page = encodeInputPage('', rows);
    expect(decodeInputPage(structuredClone(page))).toStrictEqual(rows.map((row) => (row.raw ? { ...row, lead: {} } : { ...row, visits: [...row.visits], activityAt: [...row.activityAt], activityFlags: [...row.activityFlags] })));
    expect(page.texts.length).toBeLessThan(60); // each text once per page
    expect(decodeInputPage({ ...page, text: page.text.subarray(1) })).toBeNull();
    expect(decodeInputPage({ ...page, texts: page.texts.slice(1) })).toBeNull();
    expect(decodeInputPage({ ...page, visitEnds: new Uint32Array(page.visitEnds).fill(1) })).toBeNull();
    expect(decodeInputPage({ ...page, listEnds: new Uint32Array(page.listEnds).reverse() })).toBeNull();
    expect(decodeInputPage({ ...page, ids: [...page.ids.slice(1), 7] })).toBeNull();
    expect(decodeInputPage({ ...page, updatedAt: Array.from(page.updatedAt) })).toBeNull();
    expect(decodeInputPage('page')).toBeNull();
    expect(decodeInputPage(encodeInputPage('x', []))).toEqual([]);
  });
});
