import { LeadDraft } from '../model';

/**
 * Drafts wait in `storage.session` (extension contexts only, gone when the browser closes) keyed
 * by tab, so a side panel opened after the capture still finds it. Reads are validated.
 */
export interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export const draftKey = (tabId: number): string => `draft:${tabId}`;

export async function readDraft(area: SessionArea, tabId: number): Promise<LeadDraft | null> {
  const stored = (await area.get(draftKey(tabId)))[draftKey(tabId)];
  if (stored === undefined) return null;
  const parsed = LeadDraft.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export function writeDraft(area: SessionArea, tabId: number, draft: LeadDraft): Promise<void> {
  return area.set({ [draftKey(tabId)]: draft });
}

export function clearDraft(area: SessionArea, tabId: number): Promise<void> {
  return area.remove(draftKey(tabId));
}
