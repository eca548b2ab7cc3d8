import { signal, type ReadonlySignal } from '@preact/signals';
import { managerChecklist, type ChecklistFacts, type ChecklistItem } from './managerChecklist';
import { createRepInviteModel, type RepInviteDeps, type RepInviteModel } from './repInviteModel';

export interface ChecklistModel {
  items: ReadonlySignal<ChecklistItem[] | null>;
  failed: ReadonlySignal<boolean>;
  /** Reads the facts again (on load, and when the manager comes back from a settings tab). */
  load(): Promise<void>;
  /** The reps step's "Invite a rep" form; null where nobody can invite (no backend calls given). */
  invite: RepInviteModel | null;
}

export function createChecklistModel(readFacts: () => Promise<ChecklistFacts>, inviteDeps?: Omit<RepInviteDeps, 'onInvited'>): ChecklistModel {
  const items = signal<ChecklistItem[] | null>(null);
  const failed = signal(false);
  const model: ChecklistModel = {
    items,
    failed,
    invite: null,
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
  if (inviteDeps) model.invite = createRepInviteModel({ ...inviteDeps, onInvited: () => void model.load() });
  return model;
}
