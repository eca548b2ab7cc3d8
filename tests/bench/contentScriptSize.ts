import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './budget';

const BUILD = join(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Gzipped size of each content script the manifest runs on page load (the always-on ones).
 * Scripts injected on demand (extract-*.js) are reported too, without a budget of their own.
 */
export async function runContentScriptSizeBench(): Promise<BenchResult[]> {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  const alwaysOn = new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []));
  const results: BenchResult[] = [];
  for (const file of readdirSync(join(BUILD, 'content-scripts')).filter((name) => name.endsWith('.js'))) {
    const path = `content-scripts/${file}`;
    const kb = gzipSync(readFileSync(join(BUILD, path))).length / 1024;
    results.push(
      alwaysOn.has(path)
        ? { name: `always-on content script ${file} (gzip)`, samples: [kb], unit: 'KB', budget: 10, kind: 'exact' }
        : { name: `on-demand script ${file} (gzip)`, samples: [kb], unit: 'KB', budget: 400, kind: 'exact' },
    );
  }
  return results;
}
