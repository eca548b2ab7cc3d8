/**
 * Extraction time on saved real pages, in Chromium (issue #20 item 3: p95 ≤ 20 ms, max ≤ 150 ms,
 * page already loaded, extractor only). No npm package ships saved real pages, and pages fetched
 * from public repositories may not be committed here, so the corpus lives outside the repo: set
 * LEADKIT_REAL_PAGES to a folder of `.html` files (any depth). Without it this bench reports nothing.
 *
 *   LEADKIT_REAL_PAGES=/path/to/pages npx tsx tests/bench/extractRealPages.ts
 *
 * Pages load with their scripts off and the network cut: the DOM their HTML describes is what is
 * measured, the same on every machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bundleForPage } from './pageBundle';
import type { BenchResult } from './budget';

const RUNS_PER_PAGE = 3;
const PAGE_URL = 'https://www.real-page.test/';

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

export async function runRealPagesBench(dir = process.env.LEADKIT_REAL_PAGES, log: (line: string) => void = () => {}): Promise<BenchResult[]> {
  if (!dir) return [];
  const files = realPageFiles(dir);
  const extractor = await bundleForPage('../../lib/extract/index.ts', 'extractLead', 'leadkitExtractLead');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const times: Array<{ file: string; ms: number }> = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    for (const file of files) {
      await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.evaluate(extractor);
      const runs = await page.evaluate(
        ({ url, count }) => {
          const extract = (globalThis as unknown as { leadkitExtractLead: (doc: Document, url: string) => unknown }).leadkitExtractLead;
          const measured: number[] = [];
          // The first run compiles the patterns in this fresh script, as a capture does: keep it.
          for (let run = 0; run < count; run += 1) {
            const started = performance.now();
            extract(document, url);
            measured.push(performance.now() - started);
          }
          return measured;
        },
        { url: PAGE_URL, count: RUNS_PER_PAGE },
      );
      times.push({ file, ms: [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]! });
    }
  } finally {
    await browser.close();
  }
  const sorted = times.map((time) => time.ms).sort((a, b) => a - b);
  const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3);
  log(`${files.length} real pages; slowest: ${slowest.map((time) => `${time.file.slice(dir.length + 1)} ${time.ms.toFixed(1)} ms`).join(', ')}`);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 100) / 100;
  return [
    { name: `extract real pages p50 (${files.length}, Chromium)`, samples: [at(0.5)], unit: 'ms', budget: 20 },
    { name: `extract real pages p95 (${files.length}, Chromium)`, samples: [at(0.95)], unit: 'ms', budget: 20 },
    { name: `extract real pages max (${files.length}, Chromium)`, samples: [at(1)], unit: 'ms', budget: 150 },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const result of await runRealPagesBench(process.env.LEADKIT_REAL_PAGES, (line) => console.log(line))) {
    console.log(`${result.name}: ${result.samples.join(', ')} ${result.unit} (budget ${result.budget})`);
  }
}
