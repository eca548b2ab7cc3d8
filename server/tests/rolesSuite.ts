import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Script } from '../../lib/model/index.ts';
import { DEFAULT_SCRIPTS } from '../../lib/scripts/defaultScripts.ts';
import { recordUse } from '../../lib/scripts/effectiveness.ts';
import { PushResponse } from '../../lib/sync/protocol.ts';
import { createToken } from '../src/auth.ts';
import { loadMigrations, migrate } from '../src/db/migrate.ts';
import { setRole } from '../src/directory.ts';
import { MAX_COUNTER_STEP, WRITE_RULES } from '../src/sync/writeRules.ts';
import {
  account,
  addRep,
  auth,
  clientFor,
  createRep,
  del,
  openMigratedDb,
  openTestDb,
  put,
  script,
  testApp,
  type DbKind,
  type TestDb,
} from './testDatabase.ts';

/** Issue #7 item 4: a rep reads the team's records and writes only what the team's rules allow. */
export function rolesSuite(kind: DbKind): void {
  describe(`team write rules by role (${kind})`, () => {
    let test: TestDb;
    let app: FastifyInstance;

    beforeAll(async () => {
      test = await openMigratedDb(kind);
      app = await testApp(test.db);
    });
    afterAll(async () => {
      await app?.close();
      await test?.dispose();
    });

    /** A fresh team with a rep and a manager, each with a client. */
    async function team() {
      const rep = await createRep(test.db);
      const manager = await addRep(test.db, rep.teamId, 'Manager', 'manager');
      return { rep, manager, repClient: clientFor(app, rep.token), managerClient: clientFor(app, manager.token) };
    }

    /** The stored copy; ids are per team, so a shipped default's id needs its team. */
    async function storedRecord(entity: string, entityId: string, teamId?: string) {
      const { rows } = await test.db.query<{ version: unknown; deleted: boolean }>(
        'SELECT version, deleted FROM records WHERE entity = $1 AND entity_id = $2 AND ($3::text IS NULL OR team_id = $3)',
        [entity, entityId, teamId ?? null],
      );
      if (rows.length > 1) throw new Error(`${entityId} is stored in several teams: name the team`);
      return rows[0] ? { version: Number(rows[0].version), deleted: rows[0].deleted } : null;
    }

    it("refuses a rep's script put as `forbidden`: not stored, not pulled, and refused the same way on retry", async () => {
      const { repClient, managerClient } = await team();
      const id = randomUUID();
      const mutation = put(id, 0, script(id), 'script');
      const first = PushResponse.parse(await repClient.push([mutation]));
      expect(first.results).toEqual([
        { id: mutation.id, status: 'rejected', reason: 'forbidden', message: expect.stringMatching(/only a manager/i) },
      ]);
      expect(await storedRecord('script', id)).toBeNull();
      expect(await repClient.pullAll()).toEqual([]);
      expect(await managerClient.pullAll()).toEqual([]);
      // A retry, alone or twice in one batch, is refused the same way and never applied.
      expect((await repClient.push([mutation, mutation])).results).toEqual([first.results[0], first.results[0]]);
      expect(await storedRecord('script', id)).toBeNull();
      const { rows } = await test.db.query('SELECT 1 FROM applied_mutations WHERE mutation_id = $1', [mutation.id]);
      expect(rows).toEqual([]);
    });

    it("applies a manager's script put, which every rep of the team then pulls", async () => {
      const { repClient, managerClient } = await team();
      const id = randomUUID();
      expect((await managerClient.push([put(id, 0, script(id, { title: 'Price objection' }), 'script')])).results[0]).toMatchObject({
        status: 'applied',
        version: 1,
      });
      const [change] = await repClient.pullAll();
      expect(change).toMatchObject({ entity: 'script', entityId: id, version: 1, deleted: false, data: { title: 'Price objection' } });
      // The rep reads it but may neither change nor delete it.
      const { results } = await repClient.push([put(id, 1, script(id, { title: 'Mine now' }), 'script'), del(id, 1, 'script')]);
      expect(results.map((result) => result.status === 'rejected' && result.reason)).toEqual(['forbidden', 'forbidden']);
      expect(await storedRecord('script', id)).toEqual({ version: 1, deleted: false });
      expect((await managerClient.push([del(id, 1, 'script')])).results[0]).toMatchObject({ status: 'applied', version: 2 });
    });

    it("applies a rep's account delete (a merge deletes the merged-away account), which the manager then pulls", async () => {
      const { repClient, managerClient } = await team();
      const [kept, mergedAway] = [randomUUID(), randomUUID()];
      await repClient.push([put(kept, 0, account(kept, { name: 'Acme' })), put(mergedAway, 0, account(mergedAway, { name: 'ACME Ltd' }))]);
      // The merge, as lib/capture/mergeAccounts.ts plans it: the kept account updated, the other deleted.
      const { results } = await repClient.push([put(kept, 1, account(kept, { name: 'Acme', emails: ['a@acme.test'] })), del(mergedAway, 1)]);
      expect(results).toMatchObject([
        { status: 'applied', version: 2 },
        { status: 'applied', version: 2 },
      ]);
      expect(await storedRecord('account', mergedAway)).toEqual({ version: 2, deleted: true });
      const changes = await managerClient.pullAll();
      expect(changes.find((change) => change.entityId === mergedAway)).toMatchObject({ version: 2, deleted: true, data: null });
      expect(changes.find((change) => change.entityId === kept)).toMatchObject({ version: 2, deleted: false, data: { name: 'Acme' } });
    });

    it("applies a rep's first sync of the shipped default scripts; another install's seed is a `conflict` with the same content", async () => {
      const { rep, repClient, managerClient } = await team();
      const seed = (script: Script) => put(script.id, 0, { ...script }, 'script');
      expect(DEFAULT_SCRIPTS.length).toBeGreaterThan(0);
      const first = await repClient.push(DEFAULT_SCRIPTS.map(seed));
      expect(first.results.map((result) => result.status)).toEqual(DEFAULT_SCRIPTS.map(() => 'applied'));

      // A second install of another rep of the team seeds the same records at base version 0: the
      // version check answers `conflict` with the server's copy, whose content is the seed's own
      // (only `version` differs), so the client takes the server's copy without asking the rep.
      const other = clientFor(app, (await addRep(test.db, rep.teamId, 'Second rep')).token);
      const second = await other.push(DEFAULT_SCRIPTS.map(seed));
      second.results.forEach((result, i) => {
        const script = DEFAULT_SCRIPTS[i]!;
        expect(result).toEqual({
          id: expect.any(String),
          status: 'conflict',
          server: { entity: 'script', entityId: script.id, version: 1, deleted: false, data: { ...script, version: 1 } },
        });
      });
      expect(await storedRecord('script', DEFAULT_SCRIPTS[0]!.id, rep.teamId)).toEqual({ version: 1, deleted: false });

      // A rep never deletes a script, a default included; a manager may, and a deleted default is
      // not brought back by a later seed (the server has a copy: the tombstone).
      const [kept, dropped] = [DEFAULT_SCRIPTS[0]!, DEFAULT_SCRIPTS[1]!];
      expect((await repClient.push([del(dropped.id, 1, 'script')])).results[0]).toMatchObject({
        status: 'rejected',
        reason: 'forbidden',
        message: expect.stringMatching(/only a manager may delete scripts/i),
      });
      expect((await managerClient.push([del(dropped.id, 1, 'script')])).results[0]).toMatchObject({ status: 'applied', version: 2 });
      const third = clientFor(app, (await addRep(test.db, rep.teamId, 'Third rep')).token);
      expect((await third.push([seed(dropped)])).results[0]).toMatchObject({ status: 'conflict', server: { version: 2, deleted: true, data: null } });
      expect((await third.push([put(dropped.id, 2, { ...dropped }, 'script')])).results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect(await storedRecord('script', dropped.id, rep.teamId)).toEqual({ version: 2, deleted: true });
      expect((await third.push([put(kept.id, 1, recordUse({ ...kept, version: 1 }, true), 'script')])).results[0]).toMatchObject({ status: 'applied', version: 2 });
    });

    it('seeds the shipped defaults in every team: ids are per team, and each team pulls its own copies', async () => {
      const seed = (script: Script) => put(script.id, 0, { ...script }, 'script');
      const teams = [await team(), await team(), await team()];
      for (const { repClient } of teams) {
        const { results } = await repClient.push(DEFAULT_SCRIPTS.map(seed));
        expect(results.map((result) => result.status)).toEqual(DEFAULT_SCRIPTS.map(() => 'applied'));
      }
      for (const { rep, managerClient } of teams) {
        const pulled = (await managerClient.pullAll()).filter((change) => change.entity === 'script');
        expect(pulled.map((change) => change.entityId).sort()).toEqual(DEFAULT_SCRIPTS.map((script) => script.id).sort());
        expect(await storedRecord('script', DEFAULT_SCRIPTS[0]!.id, rep.teamId)).toEqual({ version: 1, deleted: false });
      }
      // One team's manager editing a default changes only that team's copy.
      const [first, second] = [teams[0]!, teams[1]!];
      const edited = { ...DEFAULT_SCRIPTS[0]!, title: 'Our own words', version: 1 };
      expect((await first.managerClient.push([put(edited.id, 1, edited, 'script')])).results[0]).toMatchObject({ status: 'applied', version: 2 });
      expect((await second.repClient.pullAll()).find((change) => change.entityId === edited.id)).toMatchObject({ version: 1, data: { title: DEFAULT_SCRIPTS[0]!.title } });
    });

    it("refuses a rep's default seed with other words, or under an id the extension does not ship", async () => {
      const { rep, repClient, managerClient } = await team();
      const shipped = DEFAULT_SCRIPTS[0]!;
      const invented = script('default-anything-en', { title: 'Always offer 50% off' });
      const rewritten = { ...shipped, body: 'Tell them we are cheaper than everyone' };
      const { results } = await repClient.push([put(invented.id as string, 0, invented, 'script'), put(shipped.id, 0, rewritten, 'script')]);
      for (const result of results) expect(result).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect(await storedRecord('script', invented.id as string, rep.teamId)).toBeNull();
      expect(await storedRecord('script', shipped.id, rep.teamId)).toBeNull();
      // The manager may: the words are the manager's, defaults included.
      const { results: managed } = await managerClient.push([put(invented.id as string, 0, invented, 'script'), put(shipped.id, 0, rewritten, 'script')]);
      expect(managed.map((result) => result.status)).toEqual(['applied', 'applied']);
    });

    it("takes a rep's usage counters only upwards, by bounded steps", async () => {
      const { repClient, managerClient } = await team();
      const id = randomUUID();
      await managerClient.push([put(id, 0, script(id, { usedCount: 10, workedCount: 4, ratedCount: 6 }), 'script')]);
      const held = { ...script(id, { usedCount: 10, workedCount: 4, ratedCount: 6 }), ...(await repClient.pullAll()).find((c) => c.entityId === id)!.data };
      const attempts = [
        { usedCount: 9 },
        { usedCount: Number.MAX_SAFE_INTEGER },
        { workedCount: 4 + MAX_COUNTER_STEP + 1 },
        { ratedCount: -1 },
        { ratedCount: 2.5 },
      ];
      for (const change of attempts) {
        const result = (await repClient.push([put(id, 1, { ...held, ...change }, 'script')])).results[0];
        expect(result, JSON.stringify(change)).toMatchObject({ status: 'rejected' });
      }
      const bumped = { ...held, usedCount: 10 + MAX_COUNTER_STEP, workedCount: 5, ratedCount: 7 };
      expect((await repClient.push([put(id, 1, bumped, 'script')])).results[0]).toMatchObject({ status: 'applied', version: 2 });
    });

    it("applies a rep's script use (usage counters only) and refuses a change to a script's words", async () => {
      const { repClient, managerClient } = await team();
      const id = randomUUID();
      // Stored as the manager sent it: no counters, stages or industries (the schema's defaults).
      await managerClient.push([put(id, 0, script(id, { title: 'Price objection' }), 'script')]);
      const pulled = (await repClient.pullAll()).find((change) => change.entityId === id)!;
      // Held the way the extension holds a pulled record (lib/sync/applyPull.ts): defaults filled in.
      const held = { ...pulled.data, ...Script.parse(pulled.data) };

      const used = recordUse(held, true, Date.now());
      expect((await repClient.push([put(id, 1, used, 'script')])).results[0]).toMatchObject({ status: 'applied', version: 2 });
      const usedTwice = recordUse({ ...used, version: 2 }, null, Date.now());
      expect((await repClient.push([put(id, 2, usedTwice, 'script')])).results[0]).toMatchObject({ status: 'applied', version: 3 });
      expect((await managerClient.pullAll()).find((change) => change.entityId === id)).toMatchObject({
        version: 3,
        data: { title: 'Price objection', usedCount: 2, workedCount: 1, ratedCount: 1 },
      });

      // The words are the manager's: a title, body, tag or stage change is refused, with counters or without.
      const changes: Partial<Script>[] = [{ title: 'My price answer' }, { body: 'Cheaper elsewhere? Let us talk.' }, { tags: ['price'] }, { stages: ['lead'] }];
      for (const change of changes) {
        const result = (await repClient.push([put(id, 3, recordUse({ ...usedTwice, ...change, version: 3 }, true), 'script')])).results[0];
        expect(result).toMatchObject({ status: 'rejected', reason: 'forbidden', message: expect.stringMatching(/only a manager may add scripts or change their words/i) });
      }
      expect(await storedRecord('script', id)).toEqual({ version: 3, deleted: false });

      // Based on an older version, a use is answered `conflict` (not judged on a stale copy): the
      // client merges the manager's new words in and sends the counters on the current version.
      expect((await managerClient.push([put(id, 3, { ...usedTwice, title: 'Price objection (2025)', version: 3 }, 'script')])).results[0]).toMatchObject({
        status: 'applied',
        version: 4,
      });
      const stale = (await repClient.push([put(id, 3, recordUse({ ...usedTwice, version: 3 }, true), 'script')])).results[0];
      expect(stale).toMatchObject({ status: 'conflict', server: { version: 4, data: { title: 'Price objection (2025)' } } });
      const merged = recordUse({ ...usedTwice, title: 'Price objection (2025)', version: 4 }, true);
      expect((await repClient.push([put(id, 4, merged, 'script')])).results[0]).toMatchObject({ status: 'applied', version: 5 });
    });

    it('lets a manager add, change and delete any script, shipped defaults included', async () => {
      const { repClient, managerClient } = await team();
      const [own, shipped] = [randomUUID(), `default-team-${randomUUID()}-en`];
      const { results } = await managerClient.push([
        put(own, 0, script(own), 'script'),
        put(shipped, 0, script(shipped), 'script'),
        put(own, 1, script(own, { title: 'Reworded' }), 'script'),
        put(shipped, 1, script(shipped, { body: 'New words', usedCount: 0 }), 'script'),
        del(own, 2, 'script'),
        del(shipped, 2, 'script'),
        put(shipped, 3, script(shipped, { title: 'Back again' }), 'script'),
      ]);
      expect(results.map((result) => result.status === 'applied' && result.version)).toEqual([1, 1, 2, 2, 3, 3, 4]);
      expect((await repClient.pullAll()).filter((change) => change.entityId === own || change.entityId === shipped)).toMatchObject([
        { entityId: own, version: 3, deleted: true },
        { entityId: shipped, version: 4, deleted: false, data: { title: 'Back again' } },
      ]);
    });

    it('refuses before looking at the data or the version: a stale or invalid forbidden write is `forbidden`', async () => {
      const { repClient, managerClient } = await team();
      const id = randomUUID();
      await managerClient.push([put(id, 0, script(id), 'script')]);
      const { results } = await repClient.push([del(id, 7, 'script'), put('s-bad', 3, { id: 's-bad' }, 'script'), put(id, 1, { id, title: '' }, 'script')]);
      expect(results.map((result) => result.status === 'rejected' && result.reason)).toEqual(['forbidden', 'forbidden', 'forbidden']);
    });

    it('lets a rep write and delete accounts, contacts, activities and tasks', async () => {
      const { repClient } = await team();
      const accountId = randomUUID();
      const now = Date.now();
      const meta = (id: string) => ({ id, createdAt: now, updatedAt: now, version: 0 });
      const ids = { contact: randomUUID(), activity: randomUUID(), task: randomUUID() };
      const puts = await repClient.push([
        put(accountId, 0, account(accountId)),
        put(ids.contact, 0, { ...meta(ids.contact), accountId, name: 'Li Wei' }, 'contact'),
        put(ids.activity, 0, { ...meta(ids.activity), accountId, kind: 'call', at: now }, 'activity'),
        put(ids.task, 0, { ...meta(ids.task), accountId, title: 'First contact', dueAt: now, status: 'open' }, 'task'),
      ]);
      expect(puts.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
      const deletes = await repClient.push([del(ids.contact, 1, 'contact'), del(ids.activity, 1, 'activity'), del(ids.task, 1, 'task'), del(accountId, 1)]);
      expect(deletes.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    });

    it('refuses only the forbidden mutations of a batch, in order, and keeps the change order gap-free', async () => {
      const { repClient, managerClient } = await team();
      const [a, b, s] = [randomUUID(), randomUUID(), randomUUID()];
      const { results } = await repClient.push([put(a, 0), put(s, 0, script(s), 'script'), put(b, 0), del(s, 0, 'script'), del(a, 1)]);
      expect(results.map((result) => result.status)).toEqual(['applied', 'rejected', 'applied', 'rejected', 'applied']);
      const changes = await managerClient.pullAll(1);
      expect(changes.map((change) => [change.entityId, change.version])).toEqual([
        [b, 1],
        [a, 2],
      ]);
    });

    it('applies a role change on the next request, and a refused mutation stays refused after it', async () => {
      const { rep, repClient } = await team();
      const me = async () => (await app.inject({ method: 'GET', url: '/v1/me', headers: auth(rep.token) })).json();
      expect((await me()).user).toEqual({ id: rep.userId, name: 'Rep', role: 'rep' });
      const id = randomUUID();
      const refused = put(id, 0, script(id), 'script');
      expect((await repClient.push([refused])).results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });

      await setRole(test.db, rep.userId, 'manager');
      expect((await me()).user.role).toBe('manager');
      // The same mutation again: still refused (a refusal is final); a new one is applied.
      expect((await repClient.push([refused])).results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      const fresh = put(id, 0, script(id), 'script');
      expect((await repClient.push([fresh])).results[0]).toMatchObject({ status: 'applied', version: 1 });

      await setRole(test.db, rep.userId, 'rep');
      expect((await me()).user.role).toBe('rep');
      // And back: the applied one stays a duplicate, a new write is refused.
      expect((await repClient.push([fresh])).results[0]).toEqual({ id: fresh.id, status: 'duplicate', version: 1 });
      expect((await repClient.push([put(id, 1, script(id, { title: 'edit' }), 'script')])).results[0]).toMatchObject({ reason: 'forbidden' });
      await expect(setRole(test.db, 'no-such-user', 'manager')).rejects.toThrow(/no user with id/);
    });

    /** A deal as the extension stores it (lib/model/deal.ts), owned by `ownerId`. */
    function deal(id: string, accountId: string, ownerId: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
      return { id, createdAt: 1, updatedAt: 1, version: 0, accountId, name: 'Pilot', amount: 1_234_567, currency: 'USD', expectedCloseDate: '2027-03-31', stage: 'opportunity', probability: 40, ownerId, status: 'open', ...fields };
    }

    it("lets a rep write and delete their own deals only, and a manager any deal (issue #24)", async () => {
      const { rep, manager, repClient, managerClient } = await team();
      const other = await addRep(test.db, rep.teamId, 'Bob');
      const otherClient = clientFor(app, other.token);
      const accountId = randomUUID();
      expect((await repClient.push([put(accountId, 0, account(accountId))])).results[0]).toMatchObject({ status: 'applied' });

      // The rep's own deal, named by the rep's user id (another backend's way) or name (the extension's).
      const mine = randomUUID();
      const byName = randomUUID();
      const pushed = PushResponse.parse(await repClient.push([put(mine, 0, deal(mine, accountId, rep.userId), 'deal'), put(byName, 0, deal(byName, accountId, 'Rep'), 'deal')]));
      expect(pushed.results.map((result) => result.status)).toEqual(['applied', 'applied']);
      expect(await storedRecord('deal', mine)).toEqual({ version: 1, deleted: false });

      // Another rep may neither take it over, nor edit it keeping its owner, nor delete it, nor enter one for someone else.
      const theirs = randomUUID();
      const refused = PushResponse.parse(
        await otherClient.push([
          put(mine, 1, deal(mine, accountId, other.userId), 'deal'),
          put(mine, 1, deal(mine, accountId, rep.userId, { amount: 1 }), 'deal'),
          del(mine, 1, 'deal'),
          put(theirs, 0, deal(theirs, accountId, rep.userId), 'deal'),
        ]),
      );
      expect(refused.results.map((result) => (result.status === 'rejected' ? result.reason : result.status))).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden']);
      expect(refused.results[0]).toMatchObject({ message: expect.stringMatching(/own deals/) });
      // Nor may the owner hand the deal to someone else: that is the manager's call.
      expect((await repClient.push([put(mine, 1, deal(mine, accountId, other.userId), 'deal')])).results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect(await storedRecord('deal', mine)).toEqual({ version: 1, deleted: false });

      // The manager reassigns it; from then on it is the other rep's to edit and delete.
      expect((await managerClient.push([put(mine, 1, deal(mine, accountId, other.userId), 'deal')])).results[0]).toMatchObject({ status: 'applied', version: 2 });
      expect((await repClient.push([put(mine, 2, deal(mine, accountId, rep.userId, { amount: 5 }), 'deal')])).results[0]).toMatchObject({ status: 'rejected' });
      expect((await otherClient.push([del(mine, 2, 'deal')])).results[0]).toMatchObject({ status: 'applied' });
      expect(await storedRecord('deal', mine)).toEqual({ version: 3, deleted: true });
      expect((await managerClient.push([del(byName, 1, 'deal')])).results[0]).toMatchObject({ status: 'applied' });
      expect(manager.role).toBe('manager');
    });

    it("answers a rep's stale put on their own deal `conflict` with the server's copy, as for every record", async () => {
      const { rep, repClient } = await team();
      const id = randomUUID();
      const accountId = randomUUID();
      await repClient.push([put(id, 0, deal(id, accountId, rep.userId), 'deal')]);
      await repClient.push([put(id, 1, deal(id, accountId, rep.userId, { probability: 60 }), 'deal')]);
      const stale = PushResponse.parse(await repClient.push([put(id, 1, deal(id, accountId, rep.userId, { amount: 99 }), 'deal')]));
      expect(stale.results[0]).toMatchObject({ status: 'conflict', server: { entity: 'deal', version: 2, data: { probability: 60 } } });
    });

    it("refuses a deal whose amount is not integer minor units or whose currency is not ISO 4217", async () => {
      const { rep, repClient } = await team();
      const [a, b] = [randomUUID(), randomUUID()];
      const results = PushResponse.parse(
        await repClient.push([put(a, 0, deal(a, 'acc', rep.userId, { amount: 12.5 }), 'deal'), put(b, 0, deal(b, 'acc', rep.userId, { currency: 'XYZ' }), 'deal')]),
      ).results;
      expect(results.map((result) => (result.status === 'rejected' ? result.reason : result.status))).toEqual(['invalid_data', 'invalid_data']);
    });

    it("lets only a manager write the team's settings, which every rep of the team pulls (issue #24 item 5)", async () => {
      const { repClient, managerClient } = await team();
      const id = 'team-setting-assignmentRules';
      const setting = (rules: unknown[]) => ({ id, name: 'assignmentRules', value: { rules, fallbackOwner: 'Ma' }, createdAt: 1, updatedAt: 1, version: 0 });
      const refused = PushResponse.parse(await repClient.push([put(id, 0, setting([]), 'teamSetting')]));
      expect(refused.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden', message: expect.stringMatching(/only a manager/i) });
      expect(await storedRecord('teamSetting', id)).toBeNull();
      const rule = { id: 'all', name: 'Everyone', reps: ['Bo', 'Li'] };
      expect((await managerClient.push([put(id, 0, setting([rule]), 'teamSetting')])).results[0]).toMatchObject({ status: 'applied', version: 1 });
      const pulled = await repClient.pullAll();
      expect(pulled).toEqual([expect.objectContaining({ entity: 'teamSetting', entityId: id, version: 1, data: expect.objectContaining({ value: { rules: [rule], fallbackOwner: 'Ma' } }) })]);
      // Neither a change nor a removal by a rep, even on the current version.
      const later = PushResponse.parse(await repClient.push([put(id, 1, setting([]), 'teamSetting'), del(id, 1, 'teamSetting')]));
      expect(later.results.map((result) => (result.status === 'rejected' ? result.reason : result.status))).toEqual(['forbidden', 'forbidden']);
      // A record under another id or an unknown setting is not a team setting.
      const stray = PushResponse.parse(await managerClient.push([put('other', 0, { ...setting([]), id: 'other' }, 'teamSetting')]));
      expect(stray.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid_data' });
    });

    it('keeps every entity in the rules table, each op naming who may do it', () => {
      for (const rules of Object.values(WRITE_RULES)) {
        for (const rule of [rules.put, rules.delete]) {
          expect(rule.allow).toContain('manager');
          expect(rule.refusal.length).toBeLessThanOrEqual(500);
        }
      }
    });

    describe('migration 002 on a database already at 001', () => {
      let old: TestDb | undefined;
      afterEach(async () => {
        await old?.dispose();
        old = undefined;
      });

      it('adds roles, makes every existing user a rep, and keeps data, tokens and the idempotency log', async () => {
        old = await openTestDb(kind);
        const all = await loadMigrations();
        expect(all.map((migration) => migration.name).slice(0, 2)).toEqual(['init', 'roles']);
        expect(await migrate(old.db, all.slice(0, 1))).toEqual([1]);
        // Seeded with the 001 schema only, the way an existing deployment holds its data.
        await old.db.exec(`
          INSERT INTO teams (id, name, change_seq) VALUES ('t-1', 'Acme Sales', 1);
          INSERT INTO users (id, team_id, name) VALUES ('u-1', 't-1', 'Wang Fang'), ('u-2', 't-1', 'Li Wei');
          INSERT INTO records (entity, entity_id, team_id, version, data, deleted, seq, updated_by)
            VALUES ('account', 'acc-1', 't-1', 1, '{"id": "acc-1", "name": "Kept"}', false, 1, 'u-1');
          INSERT INTO applied_mutations (team_id, client_id, mutation_id, entity, entity_id, version, user_id)
            VALUES ('t-1', 'client-1', 'm-1', 'account', 'acc-1', 1, 'u-1');
        `);
        const token = await createToken(old.db, 'u-1');

        expect(await migrate(old.db)).toEqual(all.slice(1).map((migration) => migration.version));
        const { rows } = await old.db.query<{ id: string; role: string }>('SELECT id, role FROM users ORDER BY id');
        expect(rows).toEqual([
          { id: 'u-1', role: 'rep' },
          { id: 'u-2', role: 'rep' },
        ]);
        await expect(old.db.query(`UPDATE users SET role = 'admin' WHERE id = 'u-1'`)).rejects.toThrow();

        const oldApp = await testApp(old.db);
        try {
          const me = await oldApp.inject({ method: 'GET', url: '/v1/me', headers: auth(token.secret) });
          expect(me.json().user).toEqual({ id: 'u-1', name: 'Wang Fang', role: 'rep' });
          const client = clientFor(oldApp, token.secret, 'client-1');
          expect(await client.pullAll()).toEqual([expect.objectContaining({ entityId: 'acc-1', version: 1, data: { id: 'acc-1', name: 'Kept' } })]);
          // The mutation logged before the migration is still a duplicate, not a new write.
          const replay = { ...put('acc-1', 0), id: 'm-1' };
          expect((await client.push([replay])).results[0]).toEqual({ id: 'm-1', status: 'duplicate', version: 1 });
          // The rules hold for the migrated users.
          expect((await client.push([put('s-1', 0, script('s-1'), 'script')])).results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
        } finally {
          await oldApp.close();
        }
      });
    });
  });
}
