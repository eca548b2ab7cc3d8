import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignmentCursorsItem, saveAssignmentRules } from '../../../lib/assignment/assignmentStore';
import { AssignmentRules } from '../../../lib/assignment/rules';
import { parseImportFile, runImport } from '../../../lib/dashboard/worker/importSession';
import { getDB } from '../../../lib/db';

const csv = [
  'Company,Website,Industry,Owner',
  'Acme Robotics,acme-robotics.com,Manufacturing,',
  'Globex,globex.com,Retail,',
  'Initech,initech.com,Manufacturing,Zhang',
  'Umbrella,umbrella.com,Manufacturing,',
].join('\n');

describe('imported leads are assigned by the rules', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives unowned rows an owner round-robin, keeps a named owner, and logs each assignment', async () => {
    await saveAssignmentRules(await getDB(), AssignmentRules.parse({ rules: [{ id: 'mfg', name: 'Manufacturing', match: { industries: ['manufacturing'] }, reps: ['Bo', 'Li'] }], fallbackOwner: 'Ma' }));
    const { parsed, file } = await parseImportFile(new Blob([csv]), 'leads.csv', () => {});
    const report = await runImport(file, { id: 1, kind: 'importRun', mapping: parsed.guessedMapping, dayFirst: false, timeZone: 'UTC', actor: 'Ma' }, () => {});
    expect(report.imported).toBe(4);
    const db = await getDB();
    const owners = Object.fromEntries((await db.getAll('accounts')).map((account) => [account.name, account.ownerId]));
    expect(owners).toEqual({ 'Acme Robotics': 'Bo', Globex: 'Ma', Initech: 'Zhang', Umbrella: 'Li' });
    const assignments = (await db.getAll('activities')).filter((activity) => activity.kind === 'assignment');
    expect(assignments.map((activity) => [activity.result, activity.content, activity.actor]).sort()).toEqual([
      ['Bo', 'Manufacturing', 'Ma'],
      ['Li', 'Manufacturing', 'Ma'],
      ['Ma', '', 'Ma'],
    ]);
    // Synced like any write, and the round-robin turn is kept for the next lead.
    expect((await db.getAll('outbox')).filter((entry) => entry.entity === 'activity')).toHaveLength(4 + 3);
    expect(await assignmentCursorsItem.getValue()).toEqual({ mfg: 1 });
  });

  it('changes nothing without rules', async () => {
    const { parsed, file } = await parseImportFile(new Blob([csv]), 'leads.csv', () => {});
    await runImport(file, { id: 1, kind: 'importRun', mapping: parsed.guessedMapping, dayFirst: false, timeZone: 'UTC', actor: 'Ma' }, () => {});
    const db = await getDB();
    expect((await db.getAll('accounts')).filter((account) => account.ownerId).map((account) => account.ownerId)).toEqual(['Zhang']);
    expect((await db.getAll('activities')).some((activity) => activity.kind === 'assignment')).toBe(false);
  });
});
