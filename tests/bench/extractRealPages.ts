/**
 * Extraction time on saved real pages, in Chromium (issue #20 item 3: p95 ≤ 20 ms, max ≤ 150 ms,
 * page already loaded, extractor only). The pages are the real-page corpus of
 * tests/fixtures/real/manifest.json (read from the pinned npm packages that ship them, as the
 * quality report does); LEADKIT_REAL_PAGES may name a folder of more `.html` files (any depth),
 * reported in rows of their own.
 *
 *   npx tsx tests/bench/extractRealPages.ts            (or BENCH_SUITES=extract npm run bench)
 *   LEADKIT_REAL_PAGES=/path/to/pages npx tsx tests/bench/extractRealPages.ts
 *   LEADKIT_BASELINE_EXTRACT=/elsewhere/lib/extract/index.ts npx tsx tests/bench/extractRealPages.ts
 *
 * With LEADKIT_BASELINE_EXTRACT (another checkout's extractor, e.g. `git archive <commit> lib`
 * unpacked beside a `node_modules` link), both extractors run on each loaded page, their runs
 * alternating, and each gets its own rows: on a shared, noisy machine only a side-by-side run
 * compares two versions fairly (both see the same load at the same moment).
 *
 * Pages load with their scripts off and the network cut: the DOM their HTML describes is what is
 * measured, the same on every machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { bundleForPage } from './pageBundle';
import { loadRealCorpus } from './extractQuality';
import type { BenchResult } from './budget';

const RUNS_PER_PAGE = 3;
const EXTRA_PAGE_URL = 'https://www.real-page.test/';

interface Extractor {
  /** Added to the row names: empty for this checkout's extractor. */
  label: string;
  /** The global its bundle sets. */
  global: string;
  script: string;
}

interface TimedPage {
  name: string;
  url: string;
  html: string;
}

export function realPageFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(path);
    }
  };
  walk(dir);
  return files;
}

export async function runRealPagesBench(
  extraDir = process.env.LEADKIT_REAL_PAGES,
  log: (line: string) => void = () => {},
  baseline = process.env.LEADKIT_BASELINE_EXTRACT,
): Promise<BenchResult[]> {
  const sets: Array<{ label: string; pages: TimedPage[] }> = [{ label: 'real pages', pages: loadRealCorpus() }];
  if (extraDir) {
    const pages = realPageFiles(extraDir).map((file) => ({ name: file.slice(extraDir.length + 1), url: EXTRA_PAGE_URL, html: readFileSync(file, 'utf8') }));
    sets.push({ label: 'LEADKIT_REAL_PAGES pages', pages });
  }
  const extractors: Extractor[] = [{ label: '', global: 'leadkitExtractLead', script: await bundleForPage('../../lib/extract/index.ts', 'extractLead', 'leadkitExtractLead') }];
  if (baseline) {
    const global = 'leadkitExtractLeadBaseline';
    extractors.push({ label: ' (baseline)', global, script: await bundleForPage(relative(import.meta.dirname, baseline), 'extractLead', global) });
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const results: BenchResult[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    for (const set of sets) {
      const times = extractors.map(() => [] as Array<{ name: string; ms: number }>);
      for (const saved of set.pages) {
        const measured = await timeExtraction(page, extractors, saved);
        measured.forEach((ms, which) => times[which]!.push({ name: saved.name, ms }));
      }
      extractors.forEach((extractor, which) => results.push(...summarise(`${set.label}${extractor.label}`, times[which]!, log)));
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** p50, p95 and max of one extractor over one page set, and its slowest pages in the log. */
function summarise(label: string, times: Array<{ name: string; ms: number }>, log: (line: string) => void): BenchResult[] {
  const sorted = times.map((time) => time.ms).sort((a, b) => a - b);
  const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 5);
  log(`${times.length} ${label}; slowest: ${slowest.map((time) => `${time.name} ${time.ms.toFixed(1)} ms`).join(', ')}`);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 100) / 100;
  const rows = `${times.length}, Chromium`;
  return [
    { name: `extract ${label} p50 (${rows})`, samples: [at(0.5)], unit: 'ms', budget: 20 },
    { name: `extract ${label} p95 (${rows})`, samples: [at(0.95)], unit: 'ms', budget: 20 },
    { name: `extract ${label} max (${rows})`, samples: [at(1)], unit: 'ms', budget: 150 },
  ];
}

/**
 * Per extractor, the median of a few captures of one loaded page, each run in the page as a
 * capture runs; with two extractors their runs alternate, so a burst of load hits both alike.
 */
async function timeExtraction(page: Page, extractors: Extractor[], saved: TimedPage): Promise<number[]> {
  await page.setContent(saved.html, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  for (const extractor of extractors) await page.evaluate(extractor.script);
  const runs = await page.evaluate(
    ({ url, count, globals }) => {
      const measured = globals.map(() => [] as number[]);
      // The first run compiles the patterns in this fresh script, as a capture does: keep it.
      for (let run = 0; run < count; run += 1) {
        globals.forEach((name, which) => {
          const extract = (globalThis as unknown as Record<string, (doc: Document, url: string) => unknown>)[name]!;
          const started = performance.now();
          extract(document, url);
          measured[which]!.push(performance.now() - started);
        });
      }
      return measured;
    },
    { url: saved.url, count: RUNS_PER_PAGE, globals: extractors.map((extractor) => extractor.global) },
  );
  return runs.map((times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const result of await runRealPagesBench(process.env.LEADKIT_REAL_PAGES, (line) => console.log(line))) {
    console.log(`${result.name}: ${result.samples.join(', ')} ${result.unit} (budget ${result.budget})`);
  }
}
