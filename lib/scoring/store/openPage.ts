import { ReasonTable, repack, type PackedScore } from './packedScore';
import { readableTexts, storedGrade } from './readGrades';
import { MAX_PAGE_SIZE, splitPage } from './scorePageLayout';
import type { ScorePage } from './scorePages';

/** Old rules' words are dropped from a page's table once it holds this many texts. */
const MAX_TEXTS = 512;

/** A stored score page while one `storeScores` changes it. */
export interface OpenPage {
  readonly table: ReasonTable;
  readonly scores: Map<string, PackedScore>;
  /** Ids whose score was added or replaced. */
  readonly changed: Set<string>;
  /** How many scores the stored record holds. */
  readonly storedSize: number;
  /** Which stored texts read back as valid reasons (readGrades.ts). */
  readonly readableTexts: boolean[] | undefined;
}

export function openPage(stored: ScorePage | undefined): OpenPage {
  return {
    table: new ReasonTable(stored?.texts ?? []),
    scores: stored?.scores ?? new Map(),
    changed: new Set(),
    storedSize: stored?.scores.size ?? 0,
    readableTexts: stored ? readableTexts(stored) : [],
  };
}

/**
 * The stored score of `id` as a new one is compared with it, or undefined: never scored, or
 * damaged. A damaged score counts as none, as for every reader (`readableScore`, checked here on
 * the packed form, as `storedGrade` does): it is replaced, and the new grade is a first grade.
 */
export function trustedScore(page: OpenPage, id: string): PackedScore | undefined {
  const packed = page.scores.get(id);
  if (packed === undefined || page.changed.has(id)) return packed; // none, or packed by this very call
  return storedGrade(page.readableTexts, packed) === undefined ? undefined : packed;
}

/**
 * The records to put for a page: none when nothing changed; the page as it is; grown too big, its
 * parts (scorePageLayout.ts), less a first part that is still the stored record (a full run adds a
 * batch of ids after the last page's: that page need not be written again); its table crowded with
 * old rules' words, each part with only the texts it uses.
 */
export function pageRecords(lo: string, page: OpenPage): ScorePage[] {
  if (page.changed.size === 0) return [];
  const tidy = page.table.texts.length > MAX_TEXTS;
  if (page.scores.size <= MAX_PAGE_SIZE && !tidy) return [{ lo, texts: page.table.texts, scores: page.scores }];
  const parts = splitPage(lo, page.scores);
  if (tidy) return parts.map((part) => ({ lo: part.lo, ...repack(page.table.texts, part.scores) }));
  const first = parts[0]!;
  const firstIsStored = first.scores.size === page.storedSize && ![...first.scores.keys()].some((id) => page.changed.has(id));
  // Parts share the page's table: its texts are few, and re-indexing every score costs more than they do.
  return (firstIsStored ? parts.slice(1) : parts).map((part) => ({ lo: part.lo, texts: page.table.texts, scores: part.scores }));
}
