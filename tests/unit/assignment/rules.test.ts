import { describe, expect, it } from 'vitest';
import { AssignmentRules, assignLead, EMPTY_STATE, type AssignmentState } from '../../../lib/assignment/rules';

const rules = (value: unknown) => AssignmentRules.parse(value);

describe('assignLead', () => {
  const east = rules({
    rules: [
      { id: 'east-a', name: 'East, grade A', match: { regions: ['East'], grades: ['A'] }, reps: ['Bo', 'Li'], capacity: 2 },
      { id: 'east', name: 'East', match: { regions: ['east'] }, reps: ['Mei'] },
    ],
    fallbackOwner: 'Manager',
  });

  it('goes round-robin among the first matching rule\'s reps, in order', () => {
    let state: AssignmentState = EMPTY_STATE;
    const owners: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const result = assignLead({ region: 'East', grade: 'A' }, east, state);
      owners.push(result.ownerId ?? '');
      state = result.state;
    }
    expect(owners).toEqual(['Bo', 'Li', 'Bo']);
    expect(state.loads).toEqual({ Bo: 2, Li: 1 });
  });

  it('matches region and industry case-insensitively and needs every listed criterion', () => {
    expect(assignLead({ region: ' EAST ', grade: 'A' }, east).ruleId).toBe('east-a');
    expect(assignLead({ region: 'East', grade: 'B' }, east).ruleId).toBe('east');
    expect(assignLead({ region: 'East' }, east).ruleId).toBe('east');
  });

  it('skips a rep at capacity for the next rep, then the next rule', () => {
    const nextRep = assignLead({ region: 'East', grade: 'A' }, east, { cursors: {}, loads: { Bo: 2 } });
    expect(nextRep).toMatchObject({ ownerId: 'Li', ruleId: 'east-a', reason: { kind: 'rule' } });
    const nextRule = assignLead({ region: 'East', grade: 'A' }, east, { cursors: {}, loads: { Bo: 2, Li: 5 } });
    expect(nextRule).toMatchObject({ ownerId: 'Mei', ruleId: 'east', ruleName: 'East' });
  });

  it('falls back when every matching rule is full', () => {
    const full = rules({ rules: [{ id: 'r', name: 'All', reps: ['Bo'], capacity: 1 }], fallbackOwner: 'Manager' });
    const result = assignLead({}, full, { cursors: {}, loads: { Bo: 1 } });
    expect(result).toMatchObject({ ownerId: 'Manager', ruleId: null, reason: { kind: 'fallback', cause: 'allFull' } });
    expect(result.state.loads.Manager).toBe(1);
  });

  it('falls back when the matching rule names no reps', () => {
    const empty = rules({ rules: [{ id: 'r', name: 'Nobody', reps: [] }], fallbackOwner: 'Manager' });
    expect(assignLead({}, empty)).toMatchObject({ ownerId: 'Manager', reason: { kind: 'fallback', cause: 'noReps' } });
  });

  it('falls back when nothing matches', () => {
    expect(assignLead({ region: 'West' }, east)).toMatchObject({ ownerId: 'Manager', reason: { kind: 'fallback', cause: 'noMatch' } });
  });

  it('leaves the lead unassigned, saying why, when there is no fallback owner', () => {
    const noFallback = rules({ rules: east.rules });
    const result = assignLead({ region: 'West' }, noFallback, EMPTY_STATE);
    expect(result).toEqual({ ownerId: null, ruleId: null, ruleName: null, reason: { kind: 'unassigned', cause: 'noMatch' }, state: EMPTY_STATE });
    expect(assignLead({}, rules({}))).toMatchObject({ ownerId: null, reason: { kind: 'unassigned', cause: 'noMatch' } });
  });

  it('is deterministic and does not change the state it is given', () => {
    const state: AssignmentState = { cursors: { 'east-a': 0 }, loads: {} };
    const first = assignLead({ region: 'East', grade: 'A' }, east, state);
    const second = assignLead({ region: 'East', grade: 'A' }, east, state);
    expect(first).toEqual(second);
    expect(first.ownerId).toBe('Li');
    expect(state).toEqual({ cursors: { 'east-a': 0 }, loads: {} });
  });

  it('stays bounded at the largest rule list, every rep full', () => {
    const reps = Array.from({ length: 50 }, (_, i) => `rep ${i}`);
    const big = rules({ rules: Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, name: `Rule ${i}`, reps, capacity: 1 })) });
    const loads = Object.fromEntries(reps.map((rep) => [rep, 1]));
    expect(assignLead({}, big, { cursors: {}, loads })).toMatchObject({ ownerId: null, reason: { kind: 'unassigned', cause: 'allFull' } });
  });
});

describe('AssignmentRules', () => {
  it('refuses what the editor must not save, with a message', () => {
    expect(AssignmentRules.safeParse({ rules: [{ id: 'r', name: ' ', reps: [] }] }).success).toBe(false);
    const twice = AssignmentRules.safeParse({ rules: [{ id: 'r', name: 'A', reps: ['Bo', 'Bo'] }] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('a rep is listed twice');
    expect(AssignmentRules.safeParse({ rules: [{ id: 'r', name: 'A', reps: [], capacity: 0 }] }).success).toBe(false);
    expect(AssignmentRules.safeParse({ rules: [{ id: 'r', name: 'A', reps: [] }, { id: 'r', name: 'B', reps: [] }] }).success).toBe(false);
    expect(AssignmentRules.safeParse({ rules: Array.from({ length: 101 }, (_, i) => ({ id: `r${i}`, name: 'A', reps: [] })) }).success).toBe(false);
  });
});
