import { describe, expect, it } from 'vitest';
import { managerChecklist, scriptsDifferFromDefaults, type ChecklistFacts } from '../../../lib/onboarding/managerChecklist';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts/defaultScripts';

const NOTHING_DONE: ChecklistFacts = { connection: { kind: 'none' }, rulesSaved: false, playbookSaved: false, calendarSaved: false, scriptsChanged: false, members: { kind: 'none' } };
const states = (facts: ChecklistFacts) => Object.fromEntries(managerChecklist(facts).map((item) => [item.id, item.done]));

describe("the manager's checklist (issue #26)", () => {
  it('a new install: nothing done, the reps step is on the server', () => {
    expect(states(NOTHING_DONE)).toEqual({ server: false, team: false, rules: false, playbook: false, scripts: false, reps: null });
  });

  it('each step is done by its own fact, and links to the page that does it', () => {
    const facts: ChecklistFacts = { connection: { kind: 'connected', team: 'Acme Sales', user: 'Li Na' }, rulesSaved: true, playbookSaved: true, calendarSaved: true, scriptsChanged: true, members: { kind: 'none' } };
    const items = managerChecklist(facts);
    expect(states(facts)).toEqual({ server: true, team: true, rules: true, playbook: true, scripts: true, reps: null });
    expect(items.find((item) => item.id === 'team')?.note).toEqual({ kind: 'connectedAs', team: 'Acme Sales', user: 'Li Na' });
    expect(Object.fromEntries(items.map((item) => [item.id, item.href]))).toEqual({
      server: null,
      team: '/options.html#sync',
      rules: '/options.html#scoring',
      playbook: '/options.html#playbook',
      scripts: '/options.html#scripts',
      reps: null,
    });
  });

  it('the playbook step needs the calendar too', () => {
    expect(states({ ...NOTHING_DONE, playbookSaved: true }).playbook).toBe(false);
    expect(states({ ...NOTHING_DONE, calendarSaved: true }).playbook).toBe(false);
  });

  it('a server that refuses the token is running; one that cannot be reached is not', () => {
    expect(states({ ...NOTHING_DONE, connection: { kind: 'failed', error: 'unauthorized' } })).toMatchObject({ server: true, team: false });
    expect(states({ ...NOTHING_DONE, connection: { kind: 'failed', error: 'offline' } })).toMatchObject({ server: false, team: false });
    expect(managerChecklist({ ...NOTHING_DONE, connection: { kind: 'failed', error: 'offline' } })[0]?.note).toEqual({ kind: 'serverError', error: 'offline' });
  });

  it('reps invited: done once the listed team has a rep; unknown without a listing, with why', () => {
    const member = (name: string, role: 'rep' | 'manager') => ({ id: name, name, role, createdAt: 1, hasLiveToken: true });
    const reps = (facts: ChecklistFacts) => managerChecklist(facts).find((item) => item.id === 'reps')!;
    const onlyManager = reps({ ...NOTHING_DONE, members: { kind: 'listed', members: [member('Li Na', 'manager')] } });
    expect(onlyManager).toMatchObject({ done: false, reps: [] });
    const withRep = reps({ ...NOTHING_DONE, members: { kind: 'listed', members: [member('Li Na', 'manager'), member('Wang Fang', 'rep')] } });
    expect(withRep.done).toBe(true);
    expect(withRep.reps?.map((rep) => rep.name)).toEqual(['Wang Fang']);
    // A rep's token may not list the team: the step stays on the server, and says why.
    const refused = reps({ ...NOTHING_DONE, members: { kind: 'failed', error: 'forbidden' } });
    expect(refused).toMatchObject({ done: null, note: { kind: 'serverError', error: 'forbidden' } });
    expect(refused.reps).toBeUndefined();
    expect(reps(NOTHING_DONE).reps).toBeUndefined();
  });

  it('the scripts library counts as reviewed once it differs from the defaults shipped', () => {
    expect(scriptsDifferFromDefaults(DEFAULT_SCRIPTS, DEFAULT_SCRIPTS)).toBe(false);
    expect(scriptsDifferFromDefaults(DEFAULT_SCRIPTS.slice(1), DEFAULT_SCRIPTS)).toBe(true);
    const [first, ...rest] = DEFAULT_SCRIPTS;
    expect(scriptsDifferFromDefaults([{ ...first!, body: `${first!.body} Thanks!` }, ...rest], DEFAULT_SCRIPTS)).toBe(true);
    expect(scriptsDifferFromDefaults([{ ...first!, id: 'own-script' }, ...rest], DEFAULT_SCRIPTS)).toBe(true);
  });
});
