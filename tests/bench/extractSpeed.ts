/**
 * Extraction time (issue #3 item 6): p50/p95 of extractLead over the fixture corpus, and one
 * generated ~2 MB page. Budgets: p95 ≤ 30 ms, 2 MB ≤ 150 ms. Parsing is not timed: in the
 * extension the browser has already parsed the page. Measured on happy-dom, which is far slower
 * than a browser's DOM, so real pages have more headroom than these numbers show.
 *
 *   npx tsx tests/bench/extractSpeed.ts
 *   LEADKIT_BASELINE_EXTRACT=/elsewhere/lib/extract/index.ts npx tsx tests/bench/extractSpeed.ts
 *
 * With LEADKIT_BASELINE_EXTRACT (see extractRealPages.ts), the big page is also captured by that
 * extractor, the two alternating run by run, each on a fresh document, in rows of their own: on a
 * busy machine only a side-by-side run compares two versions fairly.
 *
 * Results are times: lower is better, and a value must not exceed its budget.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractLead } from '../../lib/extract';
import { loadCorpus, parsePage } from './extractQuality';
import { runRealPagesBench } from './extractRealPages';
import { formatNumber, summarize, type BenchResult } from './budget';

const RUNS_PER_PAGE = 5;
const BIG_PAGE_RUNS = 5;

export async function runExtractBench(log: (line: string) => void = () => {}): Promise<BenchResult[]> {
  const corpus = loadCorpus().map((page) => ({ url: page.url, doc: parsePage(page.html, page.url) }));
  // The very first capture runs cold (the extraction chunk was just loaded): report it apart,
  // then warm the JIT so the percentiles describe steady state.
  const coldStarted = performance.now();
  if (corpus[0]) extractLead(corpus[0].doc, corpus[0].url);
  const cold = performance.now() - coldStarted;
  for (const page of corpus) extractLead(page.doc, page.url);
  const times: number[] = [];
  for (let run = 0; run < RUNS_PER_PAGE; run += 1) {
    for (const page of corpus) {
      const started = performance.now();
      extractLead(page.doc, page.url);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);

  const bigUrl = 'https://www.bigpage-industries.com/catalogue';
  const bigHtml = generateBigPage(2_000_000);
  const bigExtractors: Array<{ label: string; extract: typeof extractLead; times: number[] }> = [{ label: '', extract: extractLead, times: [] }];
  const baseline = process.env.LEADKIT_BASELINE_EXTRACT;
  if (baseline) {
    const module = (await import(pathToFileURL(resolve(baseline)).href)) as { extractLead: typeof extractLead };
    bigExtractors.push({ label: ' (baseline)', extract: module.extractLead, times: [] });
  }
  for (let run = 0; run < BIG_PAGE_RUNS; run += 1) {
    // Which one goes first alternates, so neither always inherits the other's garbage.
    const order = run % 2 === 0 ? bigExtractors : [...bigExtractors].reverse();
    for (const extractor of order) {
      // A fresh document per run: no DOM caches carried over from the previous run.
      const doc = parsePage(bigHtml, bigUrl);
      const started = performance.now();
      extractor.extract(doc, bigUrl);
      extractor.times.push(performance.now() - started);
    }
  }

  // The saved real pages of tests/fixtures/real, in Chromium (and LEADKIT_REAL_PAGES; see extractRealPages.ts).
  // Its log names the slowest pages: where to profile first.
  const realPages = await runRealPagesBench(process.env.LEADKIT_REAL_PAGES, log);
  // One cold capture and one p50/p95 a process (the runner runs it in several); each big-page run a sample.
  return [
    ...realPages,
    { name: 'extract first capture (cold JIT)', samples: [round(cold)], unit: 'ms', budget: 30 },
    { name: 'extract corpus p50', samples: [round(percentile(times, 0.5))], unit: 'ms', budget: 30 },
    { name: 'extract corpus p95', samples: [round(percentile(times, 0.95))], unit: 'ms', budget: 30 },
    ...bigExtractors.map((extractor) => ({
      name: `extract ${(bigHtml.length / 1_000_000).toFixed(1)} MB page${extractor.label}`,
      samples: extractor.times.map(round),
      unit: 'ms',
      budget: 150,
    })),
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A large catalogue-like page: navigation, thousands of paragraphs with inline links, a big
 * table, structured data and a contact footer at the very end (the worst place for budgets).
 */
export function generateBigPage(targetBytes: number): string {
  const words = 'industrial valve pump bearing steel supply quality delivery warranty service order price stock custom design export factory certified'.split(' ');
  const parts: string[] = ['<!doctype html><html lang="en"><head><title>Catalogue | BigPage Industries</title>',
    '<meta property="og:site_name" content="BigPage Industries"><meta name="description" content="Everything industrial.">',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"BigPage Industries","telephone":"+1 312 555 0100"}</script>',
    '</head><body><header><nav>'];
  for (let index = 0; index < 60; index += 1) parts.push(`<a href="/c/${index}">Category ${index}</a> `);
  parts.push('</nav></header><main>');
  let size = parts.join('').length;
  let item = 0;
  while (size < targetBytes - 20_000) {
    const sentence = Array.from({ length: 40 }, (_, index) => words[(item * 7 + index * 3) % words.length]).join(' ');
    const chunk =
      item % 10 === 0
        ? `<table><tr><td>SKU-${item}</td><td>$${(item % 997) + 0.99}</td><td>${sentence.slice(0, 60)}</td></tr></table>`
        : `<div class="product"><h3>Item ${item}</h3><p>${sentence} <a href="/p/${item}">details</a> ordered ${item % 500} times.</p></div>`;
    parts.push(chunk);
    size += chunk.length;
    item += 1;
  }
  parts.push('</main><footer><p>BigPage Industries · 200 W Madison St, Chicago, IL 60606 · <a href="tel:+13125550100">+1 312 555 0100</a>',
    ' · <a href="mailto:sales@bigpage-industries.com">sales@bigpage-industries.com</a></p></footer></body></html>');
  return parts.join('');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await runExtractBench()) {
    const { median, min, max } = summarize(result.samples);
    console.log(`${result.name.padEnd(40)} ${formatNumber(median).padStart(9)} ${result.unit} (${formatNumber(min)}–${formatNumber(max)})  (budget ≤ ${result.budget} ${result.unit})`);
  }
}
