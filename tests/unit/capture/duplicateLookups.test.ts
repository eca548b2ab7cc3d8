import { describe, expect, it } from 'vitest';
import { commitChanges, getDB, peekOutbox } from '../../../lib/db';
import { duplicateCandidatesFor, findAccountsLike, findContactsByEmail, recordsOfAccount } from '../../../lib/match/duplicateLookups';
import { planAccountMerge } from '../../../lib/capture';
import { likelyDuplicates } from '../../../lib/match/duplicates';
import type { Activity, Contact, Task } from '../../../lib/model';
import { account } from '../db/fixtures';

const acme = account({ id: 'acme', name: 'Acme Robotics Inc.', domain: 'acme.com', phones: ['+14155550134'] });
const acmeOld = account({ id: 'acme-old', name: 'ACME robotics', domain: 'acme-robotics.com' });
const huaxin = account({ id: 'huaxin', name: '华信精密制造有限公司', domain: 'huaxin-mfg.cn' });
const jane: Contact = { id: 'jane', createdAt: 1, updatedAt: 1, version: 0, accountId: 'huaxin', name: '王芳', email: 'wang.fang@huaxin-mfg.cn' };
const call: Activity = { id: 'call', createdAt: 1, updatedAt: 1, version: 0, accountId: 'acme-old', kind: 'call', at: 5, content: 'intro' };
const followUp: Task = { id: 'task', createdAt: 1, updatedAt: 1, version: 0, accountId: 'acme-old', title: 'Follow up', dueAt: 9, status: 'open' };

async function seeded() {
  const db = await getDB();
  await commitChanges(db, [
    ...[acme, acmeOld, huaxin].map((record) => ({ store: 'accounts' as const, op: 'put' as const, record })),
    { store: 'contacts', op: 'put', record: jane },
    { store: 'activities', op: 'put', record: call },
    { store: 'tasks', op: 'put', record: followUp },
  ]);
  return db;
}

describe('duplicate lookups in the store', () => {
  it('finds accounts by normalised name, email and phone with one scan', async () => {
    const db = await seeded();
    expect((await findAccountsLike(db, { name: 'ACME Robotics, Inc' })).map((a) => a.id).sort()).toEqual(['acme', 'acme-old']);
    expect((await findAccountsLike(db, { phone: '(415) 555-0134', phoneRegion: 'US' })).map((a) => a.id)).toEqual(['acme']);
    expect(await findAccountsLike(db, {})).toEqual([]);
    expect((await findContactsByEmail(db, 'Wang.Fang@huaxin-mfg.cn')).map((c) => c.id)).toEqual(['jane']);
  });

  it('matches a stored E.164 phone as it is and a legacy free-text phone by parsing it', async () => {
    const db = await seeded();
    const legacy = account({ id: 'legacy', name: 'Borealis Freight', domain: 'borealis.example', phones: ['(212) 555-0188 ext. office'] });
    await commitChanges(db, [{ store: 'accounts', op: 'put', record: legacy }]);
    expect((await findAccountsLike(db, { phone: '+1 212 555 0188', phoneRegion: 'US' })).map((a) => a.id)).toEqual(['legacy']);
    expect((await findAccountsLike(db, { phone: '+1 415 555 0134', phoneRegion: 'US' })).map((a) => a.id)).toEqual(['acme']);
    expect(await findAccountsLike(db, { phone: '+1 415 555 0199', phoneRegion: 'US' })).toEqual([]);
  });

  it('a sender from a free-mail domain still finds the account through the contact’s email', async () => {
    const db = await seeded();
    const candidates = await duplicateCandidatesFor(db, { email: 'wang.fang@huaxin-mfg.cn', domain: 'qq.com' });
    expect(likelyDuplicates({ email: 'wang.fang@huaxin-mfg.cn' }, candidates).map((m) => [m.account.id, m.reasons])).toEqual([['huaxin', ['email']]]);
  });

  it('merging two accounts re-points their history and syncs as one commit', async () => {
    const db = await seeded();
    const [keptRecords, awayRecords] = await Promise.all([recordsOfAccount(db, 'acme'), recordsOfAccount(db, 'acme-old')]);
    const outboxBefore = (await peekOutbox(db, 100)).length;
    const { changes } = planAccountMerge({
      kept: acme,
      mergedAway: acmeOld,
      choices: {},
      keptContacts: keptRecords.contacts,
      mergedContacts: awayRecords.contacts,
      mergedActivities: awayRecords.activities,
      mergedTasks: awayRecords.tasks,
      now: 1_800_000_000_000,
    });
    await commitChanges(db, changes);
    expect(await db.get('accounts', 'acme-old')).toBeUndefined();
    expect((await recordsOfAccount(db, 'acme')).activities.map((a) => a.id)).toContain('call');
    expect((await recordsOfAccount(db, 'acme')).tasks.map((t) => t.id)).toEqual(['task']);
    const outbox = (await peekOutbox(db, 100)).slice(outboxBefore);
    expect(outbox.map((m) => `${m.entity}:${m.op}`)).toEqual(['account:put', 'activity:put', 'task:put', 'activity:put', 'account:delete']);
  });
});
