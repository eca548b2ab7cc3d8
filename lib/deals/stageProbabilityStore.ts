import { definePrivateItem } from '../settings/privateItem';
import { StageProbabilities, stageProbabilityTable } from './stageProbability';
import type { Stage } from '../model';

/** The manager's per-stage probabilities (absent: the defaults), kept where content scripts cannot read them (#22). */
export const stageProbabilityItem = definePrivateItem<Record<string, unknown>>('dealStageProbabilities', {});

export async function loadStageProbabilities(): Promise<Record<Stage, number>> {
  return stageProbabilityTable(await stageProbabilityItem.getValue());
}

export async function saveStageProbabilities(table: StageProbabilities): Promise<void> {
  await stageProbabilityItem.setValue(StageProbabilities.parse(table) as Record<string, unknown>);
}
