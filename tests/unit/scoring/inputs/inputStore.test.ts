import { describe, expect, it, vi } from 'vitest';
import { commitChanges, openLeadKitDB, type LeadKitDatabase } from '../../../../lib/db';
import type { Account, Activity, Contact } from '../../../../lib/model';
import type { LeadScore } from '../../../../lib/model/grade';
import { DEFAULT_RULE_SET } from '../../../../lib/scoring';
import { decodeInputPage } from '../../../../lib/scoring/inputs/inputPageCodec';
import { INPUTS_META_KEY, INPUTS_VERSION, loadScoreInputs } from '../../../../lib/scoring/inputs/inputStore';
import { rescoreAllStored } from '../../../../lib/scoring/rescore/rescoreStored';
import { readLeads } from '../../../../lib/scoring/rescore/storedLeads';
import { scoreLeads } from '../../../../lib/scoring/rescore/writeScores';
import { readAllScores } from '../../../../lib/scoring/store/scorePages';
import { moveVisits, recordVisit } from '../../../../lib/signals/visitStore';
import { recordStore } from '../../../../lib/sync/pendingEntries';
import { ALL_SYNC_STORES, syncDb, type SyncTx } from '../../../../lib/sync/syncDb';
import { account as baseAccount } from '../../db/fixtures';
import { compiled, DAY, NOW } from '../ruleSetFixture';

const rules = compiled(DEFAULT_RULE_SET);
let dbs = 0;
const freshDb = () => openLeadKitDB(`inputs-${++dbs}`);

const id = (index: number) => `acc${String(index).padStart(4, '0')}`;
const lead = (index: number, fields: Partial<Account> = {}) =>
  baseAccount({ id: id(index), domain: `${id(index)}.com`, industry: 'Software', employees: 200, updatedAt: NOW - DAY, ...fields });
const contact = (cid: string, accountId: string, title: string): Contact => ({ id: cid, accountId, name: 'Ann', title, createdAt: 1, updatedAt: 1, version: 0 });
const reply = (aid: string, accountId: string, at: number): Activity => ({ id: aid, accountId, kind: 'email', result: 'replied', at, content: '', createdAt: 1, updatedAt: 1, version: 0 });

async function seed(db: LeadKitDatabase, count: number, from = 0) {
  await commitChanges(db, Array.from({ length: count }, (_, i) => ({ store: 'accounts' as const, op: 'put' as const, record: lead(from + i) })));
}

/**
 * What the stored score of every account must be: its records scored directly, at `now` (a score
 * that did not change keeps its first time; deleted accounts' scores are pruned apart, pruneScores.ts).
 */
async function expectScoresOfRecords(db: LeadKitDatabase, now: number) {
  const ids = await db.getAllKeys('accounts');
  const timeless = (score: LeadScore) => ({ ...score, scoredAt: 0 });
  const expected = new Map(scoreLeads(rules, await readLeads(db, ids), now).updates.map((update) => [update.accountId, timeless(update.score)]));
  const stored = await readAllScores(db);
  expect(new Map(ids.map((key) => [key, timeless(stored.get(key)!)]))).toEqual(expected);
}

const marks = (db: LeadKitDatabase) => db.getAllKeys('scoreInputsDirty');
const builtVersion = async (db: LeadKitDatabase) => ((await db.get('meta', INPUTS_META_KEY)) as { version?: number } | undefined)?.version;

describe('the stored scoring inputs (issue #4: a full re-score reads ~100 pages, not 200k records)', () => {
  it('the first full re-score builds them; the next reads them and not the records', async () => {
    const db = await freshDb();
    await seed(db, 10);
    expect(await marks(db)).toHaveLength(10);
    await rescoreAllStored(db, rules, { now: NOW, batchSize: 4 });
    expect(await builtVersion(db)).toBe(INPUTS_VERSION);
    expect(await db.getAllKeys('scoreInputPages')).toEqual(['', id(4), id(8)]);
    expect(await marks(db)).toEqual([]);
    await expectScoresOfRecords(db, NOW);

    // A write that goes around the writers (which the architecture test forbids) is not seen: the
    // run read the stored rows. Marked through commitChanges, the same change is.
    const edited = lead(3, { industry: 'Mining', updatedAt: NOW });
    await db.put('accounts', edited);
    await rescoreAllStored(db, rules, { now: NOW + 1 });
    expect((await readAllScores(db)).get(id(3))?.reasons.map((reason) => reason.ruleId)).toContain('fit.industry');
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: edited }]);
    await rescoreAllStored(db, rules, { now: NOW + 2 });
    expect((await readAllScores(db)).get(id(3))?.reasons.map((reason) => reason.ruleId)).not.toContain('fit.industry');
    await expectScoresOfRecords(db, NOW + 2);
  });

  it('every kind of write is seen by the next run: accounts, contacts, activities, visits, sync, merges, deletes', async () => {
    const db = await freshDb();
    await seed(db, 8);
    await rescoreAllStored(db, rules, { now: NOW, batchSize: 3 });
    await commitChanges(db, [
      { store: 'accounts', op: 'put', record: lead(0, { employees: 5000, updatedAt: NOW }) },
      { store: 'contacts', op: 'put', record: contact('c1', id(1), 'CEO') },
      { store: 'activities', op: 'put', record: reply('r1', id(2), NOW - DAY) },
      { store: 'accounts', op: 'delete', id: id(7), baseVersion: 0 },
    ]);
    await recordVisit(db, { id: 'v1', accountId: id(3), startedAt: NOW - DAY, seconds: 900 });
    const tx = syncDb(db).transaction(ALL_SYNC_STORES, 'readwrite') as SyncTx;
    await recordStore(tx, 'contact').put({ ...contact('c2', id(4), 'VP Sales') });
    await tx.done;
    await rescoreAllStored(db, rules, { now: NOW + 1 });
    await expectScoresOfRecords(db, NOW + 1);
    expect(await marks(db)).toEqual([]);

    // A merge moves visits, a contact and an activity to another account: both accounts change.
    await moveVisits(db, id(3), id(5));
    await commitChanges(db, [
      { store: 'contacts', op: 'put', record: contact('c1', id(5), 'CEO') },
      { store: 'activities', op: 'put', record: reply('r1', id(5), NOW - DAY) },
      { store: 'accounts', op: 'put', record: lead(9) }, // new, between pages
    ]);
    expect(await marks(db)).toEqual([id(1), id(2), id(3), id(5), id(9)]);
    const report = await rescoreAllStored(db, rules, { now: NOW + 2 });
    expect(report).toMatchObject({ complete: true, scanned: 8 });
    await expectScoresOfRecords(db, NOW + 2);
    // The deleted account's row is gone from its page, not scored again.
    const ids = (await db.getAll('scoreInputPages')).flatMap((page) => decodeInputPage(page)!.map((row) => row.id));
    expect(ids).toEqual([id(0), id(1), id(2), id(3), id(4), id(5), id(6), id(9)]);
  });

  it('a broken record stays graded from its records, the rest from their rows', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await freshDb();
    await seed(db, 4);
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: { ...lead(2), employees: '200' as never, updatedAt: NOW } }]);
    await rescoreAllStored(db, rules, { now: NOW });
    const rows = (await db.getAll('scoreInputPages')).flatMap((page) => decodeInputPage(page)!);
    expect(rows.filter((row) => row.raw).map((row) => row.id)).toEqual([id(2)]);
    expect(await rescoreAllStored(db, rules, { now: NOW + 1 })).toMatchObject({ scanned: 4, complete: true });
    expect((await readAllScores(db)).get(id(2))?.grade).toBe('unscored');
    await expectScoresOfRecords(db, NOW + 1);
  });

  it('built again from the records after a damaged page, a new version, a bulk change, or a build that stopped', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await freshDb();
    await seed(db, 6);
    await rescoreAllStored(db, rules, { now: NOW, batchSize: 2 });
    await db.put('scoreInputPages', { lo: id(2), ids: 'damaged' } as never);
    expect(await loadScoreInputs(db)).toBeNull();
    await rescoreAllStored(db, rules, { now: NOW + 1, batchSize: 2 });
    await expectScoresOfRecords(db, NOW + 1);
    expect(await loadScoreInputs(db)).toMatchObject({ rows: expect.any(Array) });

    await db.put('meta', { version: INPUTS_VERSION + 1 }, INPUTS_META_KEY);
    expect(await loadScoreInputs(db)).toBeNull();
    await rescoreAllStored(db, rules, { now: NOW + 2 });
    expect(await builtVersion(db)).toBe(INPUTS_VERSION);

    // An import of 600 accounts: past the marks worth rebuilding one by one.
    await seed(db, 600, 100);
    expect(await loadScoreInputs(db)).toBeNull();
    const controller = new AbortController();
    await rescoreAllStored(db, rules, { now: NOW + 3, batchSize: 100, signal: controller.signal, onBatch: () => controller.abort() });
    // Stopped half way: nothing of it stored (the rows before the import stay, with the import's marks).
    expect((await marks(db)).length).toBe(600);
    expect((await db.getAll('scoreInputPages')).flatMap((page) => decodeInputPage(page)!)).toHaveLength(6);
    expect(await loadScoreInputs(db)).toBeNull();
    await rescoreAllStored(db, rules, { now: NOW + 4, batchSize: 100 });
    expect(await builtVersion(db)).toBe(INPUTS_VERSION);
    expect(await marks(db)).toEqual([]);
    await expectScoresOfRecords(db, NOW + 4);
  });

  it('a write made while rows are rebuilt keeps its mark; a page grown past a thousand rows is split', async () => {
    const db = await freshDb();
    await seed(db, 1_000);
    await rescoreAllStored(db, rules, { now: NOW, batchSize: 1_000 });
    expect(await db.getAllKeys('scoreInputPages')).toEqual(['']);
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: lead(5000) }, { store: 'accounts', op: 'put', record: lead(1, { tags: ['product-fit'], updatedAt: NOW }) }]);
    const loaded = (await loadScoreInputs(db))!;
    expect(loaded.rebuilt).toBe(2);
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: lead(1, { tags: [], updatedAt: NOW + 1 }) }]);
    await loaded.save();
    expect(await marks(db)).toEqual([id(1)]);
    expect(await db.getAllKeys('scoreInputPages')).toEqual(['', id(500), id(5000)]);
    await rescoreAllStored(db, rules, { now: NOW + 2 });
    await expectScoresOfRecords(db, NOW + 2);
    expect((await readAllScores(db)).size).toBe(1_001);
  });

  it('a database from before the inputs (v7) opens with none, and its first full re-score builds them', async () => {
    const name = `inputs-upgrade-${++dbs}`;
    const old = await openLeadKitDB(name, 7);
    await old.put('accounts', lead(1));
    await old.put('contacts', contact('c1', id(1), 'CEO'));
    old.close();
    const db = await openLeadKitDB(name);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['scoreInputPages', 'scoreInputsDirty']));
    expect(await loadScoreInputs(db)).toBeNull();
    await rescoreAllStored(db, rules, { now: NOW });
    expect((await loadScoreInputs(db))?.rows.map((row) => row.lead.contactSeniority)).toEqual(['c_level']);
    await expectScoresOfRecords(db, NOW);
  });
});
