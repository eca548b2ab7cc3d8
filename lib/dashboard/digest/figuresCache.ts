import { z } from 'zod';
import type { LeadKitDatabase } from '../../db/open';
import type { Grade } from '../../model/grade';
import type { DashboardAggregates } from '../metrics/aggregates';
import { DashboardAggregatesSchema } from '../metrics/aggregatesSchema';
import { DIGEST_VERSION } from './digestPage';
import { DIGEST_META_KEY, digestStampOf, newStamp, type DigestMeta } from './digestStore';

/**
 * The figures of the last open, kept for the next (issue #28): a manager opens the dashboard many
 * times over a store that has not changed since, and each open read and computed the whole digest
 * again before anything showed. The kept figures are shown at once when they were computed for the
 * same request (period, service level, calendar) from the digest as it still is (its stamp:
 * digestStore.ts) with no account marked since, and the same grades; the open still computes
 * afresh (the windows that move with "now") and replaces them.
 */
export const FIGURES_META_KEY = 'dashboard.figures';

/** An aggregate request: what the figures depend on, apart from "now". */
export interface FiguresRequest {
  period: { from: number; to: number };
  now: number;
  firstContactHours: number;
  calendar: unknown;
}

/**
 * The request apart from "now": "this month", "this quarter" and "the last 90 days" end now
 * (period.ts), so a period ending at the request's "now" is keyed as open-ended, like the rest of
 * what moves with the clock (the open computes afresh anyway).
 */
export const requestKey = (request: FiguresRequest): string =>
  JSON.stringify([request.period.from, request.period.to === request.now ? 'now' : request.period.to, request.firstContactHours, request.calendar]);

/** FNV-1a of a string, continuing from `hash`. */
function fnv(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** A fingerprint of every account's grade, whatever order the pages came in. */
export function gradesFingerprint(grades: ReadonlyMap<string, Grade>): string {
  let sum = 0;
  let mix = 0;
  for (const [id, grade] of grades) {
    const hash = fnv(fnv(0x811c9dc5, id), `\u0000${grade}`) >>> 0;
    sum = (sum + hash) >>> 0;
    mix = (mix ^ Math.imul(hash, 0x9e3779b1)) >>> 0;
  }
  return `${grades.size}:${sum.toString(36)}:${mix.toString(36)}`;
}

const KeptFigures = z.object({
  request: z.string().max(100_000),
  digest: z.string().max(200),
  grades: z.string().max(200),
  aggregates: DashboardAggregatesSchema,
});
type KeptFigures = z.infer<typeof KeptFigures>;

export interface FiguresSource {
  /** The digest's stamp when its pages were read (with no account marked). */
  digest: string;
  grades: string;
}

/**
 * The kept figures for `request` (or whatever request they were kept for) if they are still the
 * store's (digest unchanged, no account marked; the caller compares the grades), with what they
 * were computed from. One small read.
 */
export async function readKeptFigures(db: LeadKitDatabase, request?: string): Promise<{ request: string; aggregates: DashboardAggregates; grades: string } | null> {
  const tx = db.transaction(['meta', 'digestDirty'], 'readonly');
  const [meta, kept, marks] = await Promise.all([tx.objectStore('meta').get(DIGEST_META_KEY), tx.objectStore('meta').get(FIGURES_META_KEY), tx.objectStore('digestDirty').getAllKeys(null, 1), tx.done]);
  const stamp = digestStampOf(meta);
  if (stamp === undefined || marks.length > 0 || (request !== undefined && (kept as Partial<KeptFigures> | undefined)?.request !== request)) return null;
  const parsed = KeptFigures.safeParse(kept);
  if (!parsed.success) {
    console.warn('[leadkit] the kept dashboard figures do not read back; computing them', parsed.error.issues[0]);
    return null;
  }
  return parsed.data.digest === stamp ? { request: parsed.data.request, aggregates: parsed.data.aggregates, grades: parsed.data.grades } : null;
}

/** The kept figures for `request` when they are still the store's, its grades (`grades`, as read now) included. */
export async function keptFiguresFor(db: LeadKitDatabase, request: string, grades: () => Promise<ReadonlyMap<string, Grade>>): Promise<DashboardAggregates | null> {
  const kept = await readKeptFigures(db, request);
  if (!kept) return null;
  return gradesFingerprint(await grades()) === kept.grades ? kept.aggregates : null;
}

/**
 * Keeps figures computed from `source` for the next open (one entry: the last request's), if the
 * digest they were read from is still the one stored. A digest stored before stamps were ('': as
 * read) gets one here, unless a page was written since (which gave it one).
 */
export async function keepFigures(db: LeadKitDatabase, request: string, source: FiguresSource, aggregates: DashboardAggregates): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const meta = (await tx.store.get(DIGEST_META_KEY)) as DigestMeta | undefined;
  let digest = digestStampOf(meta);
  if (source.digest === '' && digest === undefined && meta?.version === DIGEST_VERSION) {
    digest = newStamp();
    void tx.store.put({ ...meta, stamp: digest } satisfies DigestMeta, DIGEST_META_KEY);
  } else if (digest !== source.digest) {
    await tx.done;
    return false;
  }
  void tx.store.put({ request, digest, grades: source.grades, aggregates } satisfies KeptFigures, FIGURES_META_KEY);
  await tx.done;
  return true;
}
