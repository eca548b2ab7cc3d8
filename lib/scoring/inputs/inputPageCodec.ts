import type { ScoringLead, SiteVisit } from '../scoringLead';
import { endsFit, isColumn } from '../store/columns';
import { LIST_KEYS, NONE, NUMBER_KEYS, rawRow, TEXT_KEYS, type InputRow } from './inputRow';

/**
 * A page of input rows as IndexedDB holds it: a column per field, numbers in typed arrays, each text
 * once per page (industries, stages and regions repeat) with the rows pointing at it. Reading a
 * hundred such pages is what a full re-score reads instead of 200k records (the same reason as the
 * score pages' columns: lib/scoring/store/pageCodec.ts).
 */
export interface StoredInputPage {
  /** The lowest account id the page may hold (lib/scoring/store/scorePageLayout.ts). */
  readonly lo: string;
  readonly ids: readonly string[];
  /** 1 for a raw row: its account's records are read when it is scored. */
  readonly raw: Uint8Array;
  readonly updatedAt: Float64Array;
  readonly texts: readonly string[];
  /** TEXT_KEYS.length indexes into `texts` per row, -1 for none. */
  readonly text: Int32Array;
  /** NUMBER_KEYS.length per row, NaN for none. */
  readonly numbers: Float64Array;
  /** Per row, where its tags end and where its competitors end in `lists` (indexes into `texts`). */
  readonly listEnds: Uint32Array;
  readonly lists: Int32Array;
  /** Where each row's visits end in `visits` (`at`, `seconds` pairs). */
  readonly visitEnds: Uint32Array;
  readonly visits: Float64Array;
  /** Where each row's activities end in `activityAt` and `activityFlags`. */
  readonly activityEnds: Uint32Array;
  readonly activityAt: Float64Array;
  readonly activityFlags: Uint8Array;
}

const TEXTS = TEXT_KEYS.length;
const NUMBERS = NUMBER_KEYS.length;

export function encodeInputPage(lo: string, rows: readonly InputRow[]): StoredInputPage {
  const n = rows.length;
  const texts: string[] = [];
  const textAt = new Map<string, number>();
  const indexOf = (value: string | undefined): number => {
    if (value === undefined) return -1;
    let at = textAt.get(value);
    if (at === undefined) textAt.set(value, (at = texts.push(value) - 1));
    return at;
  };
  const raw = new Uint8Array(n);
  const updatedAt = new Float64Array(n);
  const text = new Int32Array(n * TEXTS);
  const numbers = new Float64Array(n * NUMBERS);
  const listEnds = new Uint32Array(n * 2);
  const visitEnds = new Uint32Array(n);
  const activityEnds = new Uint32Array(n);
  const lists: number[] = [];
  const visits: number[] = [];
  const activityAt: number[] = [];
  const activityFlags: number[] = [];
  rows.forEach((row, r) => {
    raw[r] = row.raw ? 1 : 0;
    updatedAt[r] = row.updatedAt;
    const lead = row.lead as Record<string, unknown>;
    TEXT_KEYS.forEach((key, k) => (text[r * TEXTS + k] = indexOf(lead[key] as string | undefined)));
    NUMBER_KEYS.forEach((key, k) => (numbers[r * NUMBERS + k] = (lead[key] as number | undefined) ?? NaN));
    LIST_KEYS.forEach((key, k) => {
      for (const value of (lead[key] as readonly string[] | undefined) ?? []) lists.push(indexOf(value));
      listEnds[r * 2 + k] = lists.length;
    });
    for (const visit of row.visits) visits.push(visit.at, visit.seconds);
    visitEnds[r] = visits.length;
    for (let i = 0; i < row.activityAt.length; i++) {
      activityAt.push(row.activityAt[i]!);
      activityFlags.push(row.activityFlags[i]!);
    }
    activityEnds[r] = activityAt.length;
  });
  return {
    lo,
    ids: rows.map((row) => row.id),
    raw,
    updatedAt,
    texts,
    text,
    numbers,
    listEnds,
    lists: Int32Array.from(lists),
    visitEnds,
    visits: Float64Array.from(visits),
    activityEnds,
    activityAt: Float64Array.from(activityAt),
    activityFlags: Uint8Array.from(activityFlags),
  };
}

/**
 * The page's rows, or null when the stored record is not a whole page (storage is not trusted):
 * the caller then builds every row again rather than lose the accounts on it.
 */
export function decodeInputPage(stored: unknown): InputRow[] | null {
  if (!wellFormed(stored)) return null;
  const page = stored;
  const { texts, text, numbers, listEnds, lists, visitEnds, visits, activityEnds } = page;
  const rows: InputRow[] = [];
  let list = 0;
  let visit = 0;
  let activity = 0;
  for (let r = 0; r < page.ids.length; r++) {
    const id = page.ids[r]!;
    const tagsEnd = listEnds[r * 2]!;
    const competitorsEnd = listEnds[r * 2 + 1]!;
    const textOf = (k: number) => (text[r * TEXTS + k]! < 0 ? undefined : texts[text[r * TEXTS + k]!]);
    const numberOf = (k: number) => (Number.isNaN(numbers[r * NUMBERS + k]!) ? undefined : numbers[r * NUMBERS + k]);
    const listOf = (from: number, to: number) => (from === to ? NONE : Array.from(lists.subarray(from, to), (at) => texts[at]!));
    if (page.raw[r] === 1) {
      rows.push(rawRow(id));
    } else {
      // Built key by key in leadInputFrom's order: the scorer sees objects of one shape, as from the records.
      const lead: ScoringLead = {
        industry: textOf(0),
        employees: numberOf(0),
        annualRevenue: numberOf(1),
        region: textOf(1),
        country: textOf(2),
        domain: textOf(3),
        stage: textOf(4),
        tags: listOf(list, tagsEnd),
        budget: textOf(5),
        timeline: textOf(6),
        painCount: numberOf(2),
        mustHavePainCount: numberOf(3),
        competitors: listOf(tagsEnd, competitorsEnd),
        contactTitle: textOf(7),
        contactSeniority: textOf(8) as ScoringLead['contactSeniority'],
        emailDomain: textOf(9),
      };
      const rowVisits: SiteVisit[] = [];
      for (let v = visit; v < visitEnds[r]!; v += 2) rowVisits.push({ at: visits[v]!, seconds: visits[v + 1]! });
      const dated = activityEnds[r]! > activity;
      rows.push({
        id,
        raw: false,
        updatedAt: page.updatedAt[r]!,
        lead,
        visits: rowVisits.length > 0 ? rowVisits : NONE,
        activityAt: dated ? Array.from(page.activityAt.subarray(activity, activityEnds[r])) : NONE,
        activityFlags: dated ? Array.from(page.activityFlags.subarray(activity, activityEnds[r])) : NONE,
      });
    }
    list = competitorsEnd;
    visit = visitEnds[r]!;
    activity = activityEnds[r]!;
  }
  return rows;
}

/** Columns of the right kinds and lengths, ends that only grow within their columns, text indexes within `texts`. */
function wellFormed(value: unknown): value is StoredInputPage {
  const page = value as Partial<StoredInputPage> | null;
  if (typeof page !== 'object' || page === null || typeof page.lo !== 'string') return false;
  const { ids, texts } = page;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string') || !Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) return false;
  const n = ids.length;
  const columnsFit =
    isColumn(page.raw, 'Uint8Array', n) &&
    isColumn(page.updatedAt, 'Float64Array', n) &&
    isColumn(page.text, 'Int32Array', n * TEXTS) &&
    isColumn(page.numbers, 'Float64Array', n * NUMBERS) &&
    isColumn(page.listEnds, 'Uint32Array', n * 2) &&
    isColumn(page.lists, 'Int32Array') &&
    isColumn(page.visitEnds, 'Uint32Array', n) &&
    isColumn(page.visits, 'Float64Array') &&
    isColumn(page.activityEnds, 'Uint32Array', n) &&
    isColumn(page.activityAt, 'Float64Array') &&
    isColumn(page.activityFlags, 'Uint8Array', page.activityAt?.length);
  if (!columnsFit) return false;
  // listEnds alternate tags and competitors ends: one run that only grows, as the rows' lists follow each other.
  if (!endsFit(page.listEnds!, page.lists!) || !endsFit(page.visitEnds!, page.visits!) || !endsFit(page.activityEnds!, page.activityAt!)) return false;
  if (page.visitEnds!.some((end) => end % 2 !== 0)) return false;
  const inTexts = (at: number) => at >= -1 && at < texts.length;
  return page.text!.every(inTexts) && page.lists!.every((at) => at >= 0 && at < texts.length);
}

declare module '../../db/schema' {
  interface LeadKitDB {
    /** What re-scoring reads of each account, in pages of account ids (v8): derived locally, never synced. */
    scoreInputPages: { key: string; value: StoredInputPage };
  }
}
