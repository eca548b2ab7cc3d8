/**
 * Per-field precision and recall of extractLead over two labelled corpora, reported apart:
 * the hand-written pages in tests/fixtures/pages (issue #3 item 7) and the saved real public pages
 * listed in tests/fixtures/real/manifest.json (issue #20 item 2).
 * Run: `npx tsx tests/bench/extractQuality.ts [--verbose]`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { extractLead } from '../../lib/extract';
import type { DraftField, LeadDraft } from '../../lib/model/leadDraft';

/** One hand-labelled fixture page (tests/fixtures/pages/<name>.html + <name>.expected.json). */
export interface CorpusPage {
  name: string;
  url: string;
  kind: string;
  html: string;
  /** Per field: accepted value(s); null means "a rep expects nothing here"; absent means not judged. */
  expect: Record<string, string | string[] | null>;
}

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

export function loadCorpus(): CorpusPage[] {
  return readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      const expected = JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8')) as Omit<CorpusPage, 'name' | 'html'>;
      return { name, html: readFileSync(join(PAGES_DIR, file), 'utf8'), ...expected };
    });
}

export const REAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real');

const labelValue = z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.null()]);
const realManifest = z.object({
  packages: z.record(z.string(), z.object({ version: z.string().min(1), licence: z.string().min(1), what: z.string() })),
  pages: z
    .array(
      z.object({
        id: z.string().min(1),
        package: z.string().min(1),
        path: z.string().min(1),
        url: z.url({ protocol: /^https?$/ }),
        note: z.string().optional(),
        expect: z.record(z.string(), labelValue),
      }),
    )
    .min(1),
});

/**
 * The real-page corpus: our labels and the manifest are committed, the pages are not (they stay
 * inside the pinned npm packages that ship them). A package missing or at another version than
 * the manifest names is an error naming it: labels describe one exact copy of each page.
 */
export function loadRealCorpus(): CorpusPage[] {
  const manifest = realManifest.parse(JSON.parse(readFileSync(join(REAL_DIR, 'manifest.json'), 'utf8')));
  const require = createRequire(join(REAL_DIR, 'manifest.json'));
  const roots = new Map<string, string>();
  for (const [name, source] of Object.entries(manifest.packages)) {
    let packageJson: string;
    try {
      packageJson = require.resolve(`${name}/package.json`);
    } catch {
      throw new Error(`real-page corpus: npm package ${name}@${source.version} is not installed (it is a devDependency: run npm ci)`);
    }
    const installed = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: string }).version;
    if (installed !== source.version) throw new Error(`real-page corpus: ${name} is at ${installed}, the labels are for ${name}@${source.version}`);
    roots.set(name, dirname(packageJson));
  }
  return manifest.pages.map((page) => {
    const root = roots.get(page.package);
    if (!root) throw new Error(`real-page corpus: page ${page.id} names package ${page.package}, which the manifest does not list`);
    const file = join(root, page.path);
    if (!existsSync(file)) throw new Error(`real-page corpus: ${page.package}@${manifest.packages[page.package]!.version} has no ${page.path} (page ${page.id})`);
    return { name: page.id, url: page.url, kind: 'real', html: readFileSync(file, 'utf8'), expect: page.expect };
  });
}

/** Parses a page the way the fixtures are meant: no scripts run, nothing is fetched. */
export function parsePage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Fields where the rep keeps one value: the best candidate is judged. */
const SINGLE_FIELDS = ['name', 'domain', 'website', 'address', 'legalName', 'personName', 'title', 'creditCode', 'icp'] as const;
/** Fields where several values can all be right: every candidate at or above the threshold is judged. */
const MULTI_FIELDS = ['email', 'phone', 'socials'] as const;
export const MULTI_VALUE_THRESHOLD = 0.5;

export interface FieldQuality {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface QualityReport {
  pages: number;
  fields: Record<string, FieldQuality>;
  misses: string[];
}

export async function measureExtractQuality(corpus: CorpusPage[] = loadCorpus()): Promise<QualityReport> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: string[] = [];
  for (const page of corpus) {
    // Quality, not speed: a clock that stands still (speed is extractSpeed.ts, in a real browser too).
    const draft = extractLead(parsePage(page.html, page.url), page.url, { now: 0, clock: () => 0 });
    for (const field of [...SINGLE_FIELDS, ...MULTI_FIELDS]) {
      if (!(field in page.expect)) continue;
      const expected = toList(page.expect[field]);
      const actual = (SINGLE_FIELDS as readonly string[]).includes(field)
        ? (draft.fields[field]?.slice(0, 1) ?? []).map((v) => v.value)
        : (draft.fields[field] ?? []).filter((v) => v.confidence >= MULTI_VALUE_THRESHOLD).map((v) => v.value);
      const count = counts.get(field) ?? { tp: 0, fp: 0, fn: 0 };
      counts.set(field, count);
      const single = (SINGLE_FIELDS as readonly string[]).includes(field);
      const matchedExpected = new Set<number>();
      for (const value of actual) {
        const hit = expected.findIndex((want, index) => !matchedExpected.has(index) && sameValue(field, value, want));
        if (hit >= 0) {
          count.tp += 1;
          // A single-valued field lists alternatives: one hit satisfies them all.
          if (single) expected.forEach((_, index) => matchedExpected.add(index));
          else matchedExpected.add(hit);
        } else {
          count.fp += 1;
          misses.push(`${page.name} ${field}: unexpected ${JSON.stringify(value)}`);
        }
      }
      const missing = single ? (expected.length > 0 && matchedExpected.size === 0 ? 1 : 0) : expected.length - matchedExpected.size;
      if (missing > 0) {
        count.fn += missing;
        misses.push(`${page.name} ${field}: missed ${JSON.stringify(expected.filter((_, index) => !matchedExpected.has(index)))} got ${JSON.stringify(alternatives(draft, field))}`);
      }
    }
  }
  const fields: Record<string, FieldQuality> = {};
  for (const [field, { tp, fp, fn }] of counts) {
    fields[field] = {
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  }
  return { pages: corpus.length, fields, misses };
}

function toList(value: string | string[] | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function alternatives(draft: LeadDraft, field: DraftField): string[] {
  return (draft.fields[field] ?? []).slice(0, 4).map((v) => `${v.value} (${v.confidence} ${v.source.extractor})`);
}

/** Equality as a rep would judge it: case, spacing and punctuation do not matter; addresses may differ in detail. */
export function sameValue(field: string, actual: string, expected: string): boolean {
  const a = normalise(field, actual);
  const e = normalise(field, expected);
  if (a === e) return true;
  if (field !== 'address') return false;
  const [shorter, longer] = a.length < e.length ? [a, e] : [e, a];
  return shorter.length >= 8 && longer.includes(shorter) && shorter.length / longer.length >= 0.6;
}

function normalise(field: string, value: string): string {
  const lower = value.trim().toLowerCase();
  switch (field) {
    case 'phone':
      return lower.replace(/[^\d+]/g, '');
    case 'website':
    case 'socials':
      return lower.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
    case 'email':
    case 'domain':
      return lower;
    default:
      return lower.replace(/[\s\p{P}\p{S}]+/gu, '');
  }
}

function printReport(title: string, report: QualityReport, verbose: boolean): void {
  console.log(`extract quality, ${title}: ${report.pages} pages (multi-valued fields: candidates with confidence ≥ ${MULTI_VALUE_THRESHOLD})`);
  console.log('field'.padEnd(12), 'precision', 'recall', '  tp  fp  fn');
  for (const [field, q] of Object.entries(report.fields)) {
    console.log(field.padEnd(12), q.precision.toFixed(3).padStart(9), q.recall.toFixed(3).padStart(6), String(q.truePositives).padStart(4), String(q.falsePositives).padStart(3), String(q.falseNegatives).padStart(3));
  }
  if (verbose) for (const miss of report.misses) console.log('  ', miss);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const verbose = process.argv.includes('--verbose');
  printReport('hand-written corpus (tests/fixtures/pages)', await measureExtractQuality(), verbose);
  console.log();
  printReport('saved real pages (tests/fixtures/real)', await measureExtractQuality(loadRealCorpus()), verbose);
}
