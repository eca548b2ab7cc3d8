import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../lib/model/stage';
import { allowedMoves, canMove } from '../../../lib/pipeline/moves';

/** The whole table, written out: every pair not listed here must be refused. */
const EXPECTED: Record<Stage, Stage[]> = {
  lead: ['prospect', 'nurture', 'disqualified'],
  prospect: ['opportunity', 'nurture', 'lost'],
  opportunity: ['negotiation', 'nurture', 'lost'],
  negotiation: ['won', 'lost'],
  won: ['renewal'],
  renewal: [],
  nurture: ['lead', 'disqualified'],
  lost: ['nurture'],
  disqualified: [],
};

describe('allowed moves', () => {
  for (const from of STAGES) {
    for (const to of STAGES) {
      const allowed = EXPECTED[from].includes(to);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canMove(from, to)).toBe(allowed);
      });
    }
  }

  it('lists the moves from each stage', () => {
    for (const from of STAGES) expect([...allowedMoves(from)].sort()).toEqual([...EXPECTED[from]].sort());
  });

  it('has the domain funnel as a path from lead to renewal', () => {
    const funnel: Stage[] = ['lead', 'prospect', 'opportunity', 'negotiation', 'won', 'renewal'];
    funnel.slice(1).forEach((to, i) => expect(canMove(funnel[i] as Stage, to)).toBe(true));
  });
});
