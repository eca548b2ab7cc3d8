import { z } from 'zod';
import { Probability, Stage, STAGES, type Deal } from '../model';

/**
 * Each stage's default win probability, in percent (issue #24 item 1: "probability per stage by
 * default, editable by the manager"). A new deal, or one moved to another stage, takes its stage's
 * value; a rep may still set a deal's own. The defaults rise along the funnel of shared/domain.md;
 * the side states are as good as closed.
 */
export const DEFAULT_STAGE_PROBABILITY: Readonly<Record<Stage, number>> = {
  lead: 10,
  prospect: 20,
  opportunity: 40,
  negotiation: 70,
  won: 100,
  renewal: 80,
  nurture: 5,
  lost: 0,
  disqualified: 0,
};

/** The manager's table as stored: any subset of stages; the rest keep their defaults. */
export const StageProbabilities = z.partialRecord(Stage, Probability);
export type StageProbabilities = z.infer<typeof StageProbabilities>;

/** The whole table from what is stored; a stored value that is not a valid percent falls back to the default. */
export function stageProbabilityTable(stored: unknown): Record<Stage, number> {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const table = { ...DEFAULT_STAGE_PROBABILITY };
  for (const stage of STAGES) {
    const parsed = Probability.safeParse(source[stage]);
    if (parsed.success) table[stage] = parsed.data;
  }
  return table;
}

/**
 * The probability a deal should carry after an edit: a stage change takes the new stage's default
 * unless the rep also typed a probability in the same edit.
 */
export function probabilityAfterEdit(before: Pick<Deal, 'stage' | 'probability'> | null, after: Pick<Deal, 'stage' | 'probability'>, table: Record<Stage, number>, probabilityTyped: boolean): number {
  if (probabilityTyped) return after.probability;
  if (!before || before.stage !== after.stage) return table[after.stage];
  return after.probability;
}
