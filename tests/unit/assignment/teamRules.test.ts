import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignStoredCapture } from '../../../lib/assignment/captureAssignment';
import { loadAssignmentRules, saveAssignmentRules } from '../../../lib/assignment/assignmentStore';
import { runImport, parseImportFile } from '../../../lib/dashboard/worker/importSession';
import { AssignmentRules } from '../../../lib/assignment/rules';
import { LEGACY_RULES_KEY, RULES_RECORD_ID } from '../../../lib/assignment/storedRules';
import { changesForNewLead, parseCaptureForm } from '../../../lib/capture';
import { getDB } from '../../../lib/db';
import { compileRuleSet, DEFAULT_RULE_SET } from '../../../lib/scoring';
import { createDevice } from '../sync/harness';
import { createFakeServer } from '../sync/fakeServer';

const compiled = compileRuleSet(DEFAULT_RULE_SET);
const rules = AssignmentRules.parse({ rules: [{ id: 'all', name: 'Everyone', reps: ['Bo', 'Li'] }], fallbackOwner: 'Ma' });

function captured(name: string, now = 1_000) {
  const parsed = parseCaptureForm({ name, domain: `${name.toLowerCase().replace(/\W+/g, '')}.com`, website: '', email: '', phone: '', address: '', description: '', personName: '', title: '' });
  if (!parsed.ok) throw new Error('bad form');
  return changesForNewLead(parsed.form, `https://${name.toLowerCase()}.com/`, now);
}

describe("the manager's assignment rules reach every rep's install (issue #24 item 5)", () => {
  beforeEach(() => fakeBrowser.reset());

  it('are one synced team record: a rep pulls them and assigns a capture offline with them', async () => {
    const server = createFakeServer();
    const manager = await createDevice('rules-manager', server);
    const rep = await createDevice('rules-rep', server);
    await saveAssignmentRules(manager.db, rules);
    expect((await manager.outbox()).map((entry) => [entry.entity, entry.entityId, entry.op])).toEqual([['teamSetting', RULES_RECORD_ID, 'put']]);
    await manager.sync();
    expect(await manager.outbox()).toEqual([]);

    // Before the rep's install has them, a capture there stays unassigned; after a pull it is assigned.
    expect((await assignStoredCapture(rep.db, captured('Acme'), { now: 1, compiled })).account.ownerId).toBeUndefined();
    await rep.sync();
    expect(await loadAssignmentRules(rep.db)).toEqual(rules);
    expect((await assignStoredCapture(rep.db, captured('Acme'), { now: 1, compiled })).account.ownerId).toBe('Bo');

    // A change by the manager replaces the same record (its version the base), and reaches the rep too.
    const next = AssignmentRules.parse({ rules: [], fallbackOwner: 'Zhang' });
    await saveAssignmentRules(manager.db, next);
    const [entry] = await manager.outbox();
    expect(entry).toMatchObject({ entity: 'teamSetting', entityId: RULES_RECORD_ID, baseVersion: 1 });
    await manager.sync();
    await rep.sync();
    expect(await loadAssignmentRules(rep.db)).toEqual(next);
    expect(await rep.db.count('teamSettings')).toBe(1);
  });

  it("moves rules an install kept before they synced into the team record, once, and the import reads either", async () => {
    const db = await getDB();
    await db.put('meta', rules, LEGACY_RULES_KEY);
    // The dashboard's import worker reads the old copy as it is.
    const csv = 'Company,Website\nGlobex,globex.com\n';
    const { parsed, file } = await parseImportFile(new Blob([csv]), 'leads.csv', () => {});
    await runImport(file, { id: 1, kind: 'importRun', mapping: parsed.guessedMapping, dayFirst: false, timeZone: 'UTC', actor: 'Ma' }, () => {});
    expect((await db.getAll('accounts')).map((account) => account.ownerId)).toEqual(['Bo']);

    expect(await loadAssignmentRules(db)).toEqual(rules);
    expect(await db.get('meta', LEGACY_RULES_KEY)).toBeUndefined();
    expect(await db.get('teamSettings', RULES_RECORD_ID)).toMatchObject({ name: 'assignmentRules', value: rules, version: 0 });
    expect((await db.getAll('outbox')).filter((entry) => entry.entity === 'teamSetting')).toHaveLength(1);
    // Read again: nothing more to move.
    expect(await loadAssignmentRules(db)).toEqual(rules);
    expect((await db.getAll('outbox')).filter((entry) => entry.entity === 'teamSetting')).toHaveLength(1);
  });
});
