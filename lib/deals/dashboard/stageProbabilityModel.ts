import { signal, type ReadonlySignal } from '@preact/signals';
import { FUNNEL_STAGES, type Stage } from '../../model';
import { DEFAULT_STAGE_PROBABILITY } from '../stageProbability';

export interface StageProbabilityDeps {
  load(): Promise<Record<Stage, number>>;
  save(table: Partial<Record<Stage, number>>): Promise<void>;
}

export interface StageProbabilityModel {
  table: ReadonlySignal<Record<Stage, number>>;
  /** Stages whose typed value is not a whole percent; nothing is saved while any is. */
  invalid: ReadonlySignal<Stage[]>;
  load(): Promise<void>;
  save(typed: Partial<Record<Stage, string>>): Promise<boolean>;
}

/** The manager's default probability per stage, which new deals and stage changes take. */
export function createStageProbabilityModel(deps: StageProbabilityDeps): StageProbabilityModel {
  const table = signal<Record<Stage, number>>({ ...DEFAULT_STAGE_PROBABILITY });
  const invalid = signal<Stage[]>([]);
  return {
    table,
    invalid,
    async load() {
      table.value = await deps.load();
    },
    async save(typed) {
      const next = { ...table.value };
      const bad: Stage[] = [];
      for (const stage of FUNNEL_STAGES) {
        const text = typed[stage]?.trim();
        if (text === undefined) continue;
        if (/^\d{1,3}$/.test(text) && Number(text) <= 100) next[stage] = Number(text);
        else bad.push(stage);
      }
      invalid.value = bad;
      if (bad.length > 0) return false;
      await deps.save(next);
      table.value = next;
      return true;
    },
  };
}
