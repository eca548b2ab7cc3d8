import { signal, type ReadonlySignal } from '@preact/signals';
import { managerChecklist, type ChecklistFacts, type ChecklistItem } from './managerChecklist';

export interface ChecklistModel {
  items: ReadonlySignal<ChecklistItem[] | null>;
  failed: ReadonlySignal<boolean>;
  /** Reads the facts again (on load, and when the manager comes back from a settings tab). */
  load(): Promise<void>;
}

export function createChecklistModel(readFacts: () => Promise<ChecklistFacts>): ChecklistModel {
  const items = signal<ChecklistItem[] | null>(null);
  const failed = signal(false);
  return {
    items,
    failed,
    async load() {
      try {
        items.value = managerChecklist(await readFacts());
        failed.value = false;
      } catch (error) {
        console.warn('[leadkit] checklist', error);
        failed.value = true;
      }
    },
  };
}
