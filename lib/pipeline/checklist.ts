import type { ChecklistItem, StageChecklist } from '../model/checklist';

// The checklist schema is part of the Account model; re-exported for the pipeline's readers.
export { CHECKLIST_ITEMS, ChecklistItem, ChecklistTick, StageChecklist } from '../model/checklist';

export function tickChecklist(checklist: StageChecklist | undefined, item: ChecklistItem, at: number, by?: string): StageChecklist {
  return { ...checklist, [item]: by === undefined ? { at } : { at, by } };
}

export function untickChecklist(checklist: StageChecklist | undefined, item: ChecklistItem): StageChecklist {
  const { [item]: _removed, ...rest } = checklist ?? {};
  return rest;
}
