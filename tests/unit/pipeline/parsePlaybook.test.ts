import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { parsePlaybook } from '../../../lib/pipeline/playbook/parsePlaybook';

const rule = (overrides: Record<string, unknown> = {}) => ({
  id: 'r1',
  when: { stages: ['lead'] },
  trigger: { kind: 'captured' },
  due: { unit: 'hours', amount: 48 },
  title: { key: 'pipelineActionFirstContact' },
  ...overrides,
});
const errorsOf = (input: unknown) => {
  const result = parsePlaybook(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('parsePlaybook', () => {
  it('accepts the default playbook, as an object and as JSON text, and fills defaults', () => {
    const playbook = defaultPlaybook();
    expect(parsePlaybook(playbook)).toEqual({ ok: true, playbook });
    expect(parsePlaybook(JSON.stringify(playbook))).toEqual({ ok: true, playbook });
    const parsed = parsePlaybook({ schemaVersion: 1, rules: [rule()] });
    expect(parsed.ok && parsed.playbook.rules[0]).toMatchObject({ enabled: true, priority: 'normal', doneBy: { activityKinds: [] } });
  });

  it('reports broken JSON at the document', () => {
    expect(errorsOf('{"rules": [')).toEqual([{ path: '', message: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('reports each invalid field with its exact path', () => {
    const errors = errorsOf({
      schemaVersion: 1,
      rules: [
        rule(),
        rule({
          id: '2bad id',
          when: { stages: ['lead', 'closed'], grades: [] },
          trigger: { kind: 'ruleDone' },
          due: { unit: 'weeks', amount: 1 },
          title: { key: '<b>' },
          priority: 'urgent',
        }),
      ],
    });
    expect(errors.map((error) => error.path).sort()).toEqual([
      'rules[1].due.unit',
      'rules[1].id',
      'rules[1].priority',
      'rules[1].title.key',
      'rules[1].trigger.ruleId',
      'rules[1].when.grades',
      'rules[1].when.stages[1]',
    ]);
  });

  it('refuses out-of-range deadlines', () => {
    expect(errorsOf({ schemaVersion: 1, rules: [rule({ due: { unit: 'hours', amount: -2 } })] }).map((e) => e.path)).toEqual(['rules[0].due.amount']);
    expect(errorsOf({ schemaVersion: 1, rules: [rule({ due: { unit: 'workingDays', amount: 1.5 } })] }).map((e) => e.path)).toEqual(['rules[0].due.amount']);
    expect(errorsOf({ schemaVersion: 2, rules: [] }).map((e) => e.path)).toEqual(['schemaVersion']);
  });

  it('bounds the number of rules', () => {
    const rules = Array.from({ length: 201 }, (_, i) => rule({ id: `r${i}`, title: { key: `k${i}` } }));
    expect(errorsOf({ schemaVersion: 1, rules }).map((e) => e.path)).toEqual(['rules']);
  });
});

describe('contradictory playbooks', () => {
  const problems = (rules: unknown[]) => errorsOf({ schemaVersion: 1, rules });

  it('duplicate rule ids', () => {
    expect(problems([rule(), rule({ title: { key: 'other' } })])).toEqual([{ path: 'rules[1].id', message: 'duplicate rule id "r1" (also rules[0])' }]);
  });

  it('a chain to a missing rule, and a chain in a circle', () => {
    expect(problems([rule({ trigger: { kind: 'ruleDone', ruleId: 'ghost' } })])).toEqual([
      { path: 'rules[0].trigger.ruleId', message: 'refers to unknown rule "ghost"' },
    ]);
    const circle = problems([
      rule({ id: 'a', trigger: { kind: 'ruleDone', ruleId: 'b' }, title: { key: 'ka' } }),
      rule({ id: 'b', trigger: { kind: 'ruleDone', ruleId: 'a' }, title: { key: 'kb' } }),
      rule({ id: 'self', trigger: { kind: 'ruleDone', ruleId: 'self' }, title: { key: 'kc' } }),
    ]);
    expect(circle.map((e) => e.path)).toEqual(['rules[0].trigger.ruleId', 'rules[1].trigger.ruleId', 'rules[2].trigger.ruleId']);
    expect(circle[0]?.message).toMatch(/waits for itself/);
  });

  it('two rules creating the same action from the same event for overlapping accounts', () => {
    const errors = problems([
      rule({ id: 'ab48', when: { stages: ['lead'], grades: ['A', 'B'] } }),
      rule({ id: 'a2', when: { stages: ['lead', 'prospect'], grades: ['A'] }, due: { unit: 'hours', amount: 2 } }),
    ]);
    expect(errors).toEqual([{ path: 'rules[1]', message: expect.stringContaining('contradicts rules[0] ("ab48")') }]);
  });

  it('the same action for disjoint grades, tags or stages is fine, and so is a disabled twin', () => {
    const ok = (rules: unknown[]) => parsePlaybook({ schemaVersion: 1, rules }).ok;
    expect(ok([rule({ id: 'a', when: { stages: ['lead'], grades: ['A'] } }), rule({ id: 'b', when: { stages: ['lead'], grades: ['B'] } })])).toBe(true);
    expect(ok([rule({ id: 'a', when: { stages: ['lead'], tags: ['vip'] } }), rule({ id: 'b', when: { stages: ['lead'], tags: ['smb'] } })])).toBe(true);
    expect(ok([rule({ id: 'a' }), rule({ id: 'b', when: { stages: ['prospect'] } })])).toBe(true);
    expect(ok([rule({ id: 'a' }), rule({ id: 'b', enabled: false })])).toBe(true);
    expect(ok([rule({ id: 'a', when: { stages: ['lead'], tags: ['VIP'] } }), rule({ id: 'b', when: { stages: ['lead'], tags: ['vip'] } })])).toBe(false);
  });

  it('a rule done by the tick that triggers it', () => {
    const errors = problems([rule({ trigger: { kind: 'checklistTicked', item: 'contractSigned' }, doneBy: { checklist: 'contractSigned' } })]);
    expect(errors.map((e) => e.path)).toEqual(['rules[0].doneBy.checklist']);
  });

  it('a recurring rule more often than daily (a notification storm)', () => {
    const errors = problems([rule({ trigger: { kind: 'sinceLastContact' }, due: { unit: 'hours', amount: 6 } })]);
    expect(errors).toEqual([{ path: 'rules[0].due', message: 'a recurring rule must leave at least 24 h between touches' }]);
    expect(parsePlaybook({ schemaVersion: 1, rules: [rule({ trigger: { kind: 'sinceLastContact' }, due: { unit: 'days', amount: 3 } })] }).ok).toBe(true);
  });
});
