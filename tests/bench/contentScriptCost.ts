/**
 * Main-thread cost of the always-on content scripts on page load (issue 3, item 6: ≤ 2 ms).
 * "Always-on" = whatever `content_scripts` the production manifest (.output/chrome-mv3) lists;
 * on-demand extractors are injected only when the rep captures and are not measured here.
 *
 * How: real Chromium (Debian's, as the e2e tests) with the production build loaded. Each script's
 * match pattern (one per kind of site) is served from a saved fixture through request interception (no network,
 * no live site), and each load is traced (CDP Tracing, devtools.timeline + v8). The cost of a
 * load is the summed duration of the top-level script events (compile, evaluate, callbacks)
 * whose source is a chrome-extension:// URL on the page's renderer main thread, through
 * document_idle and a short settle time. p50 and p95 over N loads (the first, cold one included:
 * that is what the rep's browser pays on each new page).
 *
 *   npx wxt build && npx tsx tests/bench/contentScriptCost.ts
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

const BUILD = join(import.meta.dirname, '../../.output/chrome-mv3');
const SITES = join(import.meta.dirname, '../fixtures/sites');
const PAGES = join(import.meta.dirname, '../fixtures/pages');
const LOADS = 20;
const SETTLE_MS = 400;
const BUDGET_MS = 2;

export interface ContentScriptCostResult {
  name: string;
  value: number;
  unit: 'ms';
  budget: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; stackTrace?: Array<{ url?: string }> }; fileName?: string };
}

/** Events that run script: their `url` says whose. Nested ones are counted once, at the top. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'v8.run', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);

/** A page to load for a match pattern: saved webmail DOM for webmail hosts, else a corpus page. */
function fixtureFor(pattern: string): { url: string; html: string; kind: string } {
  const host = /^\w+:\/\/([^/]+)/.exec(pattern)?.[1]?.replace(/^\*\./, 'www.') ?? 'www.example.com';
  const scheme = pattern.startsWith('http:') ? 'http' : 'https';
  if (host.includes('google')) return { kind: 'gmail', url: `${scheme}://${host}/mail/u/0/#inbox/abc`, html: readFileSync(join(SITES, 'gmail-thread.html'), 'utf8') };
  if (host.includes('outlook')) return { kind: 'outlook', url: `${scheme}://${host}/mail/inbox/id/abc`, html: readFileSync(join(SITES, 'outlook-message.html'), 'utf8') };
  return { kind: 'page', url: `${scheme}://${host.replace('*', 'www')}/`, html: readFileSync(join(PAGES, 'broken-hidden-decoys.html'), 'utf8') };
}

function extensionUrlOf(event: TraceEvent): string | undefined {
  return event.args?.data?.url ?? event.args?.fileName ?? event.args?.data?.stackTrace?.[0]?.url;
}

/** Summed top-level duration (ms) of extension script events on the thread that ran any. */
export function extensionScriptTime(events: readonly TraceEvent[]): number {
  const complete = events.filter((event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && typeof event.dur === 'number');
  const ours = complete.filter((event) => extensionUrlOf(event)?.startsWith('chrome-extension://'));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of ours) {
    const key = `${event.pid}:${event.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), event]);
  }
  let total = 0;
  for (const list of byThread.values()) {
    let coveredUntil = -Infinity;
    for (const event of list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      if (event.ts + event.dur! <= coveredUntil) continue;
      const start = Math.max(event.ts, coveredUntil);
      total += event.ts + event.dur! - start;
      coveredUntil = event.ts + event.dur!;
    }
  }
  return total / 1000;
}

async function traceLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return extensionScriptTime(events);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

export async function runContentScriptCostBench(): Promise<ContentScriptCostResult[]> {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ matches?: string[]; js?: string[] }> };
  const entries = (manifest.content_scripts ?? []).filter((entry) => entry.js?.length && entry.matches?.length);
  if (entries.length === 0) return [];
  const profile = await mkdtemp(join(tmpdir(), 'leadkit-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results: ContentScriptCostResult[] = [];
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    for (const entry of entries) {
      const fixtures = new Map(entry.matches!.map((pattern) => fixtureFor(pattern)).map((fixture) => [fixture.kind, fixture]));
      for (const fixture of fixtures.values()) {
        // Every request is answered locally: the page from the fixture, anything else empty.
        await context.route('**/*', (route) =>
          route.request().url().split('#')[0] === fixture.url.split('#')[0]
            ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture.html })
            : route.fulfill({ status: 204, body: '' }),
        );
        const times: number[] = [];
        for (let load = 0; load < LOADS; load += 1) times.push(await traceLoad(context, fixture.url));
        await context.unrouteAll();
        const sorted = [...times].sort((a, b) => a - b);
        const label = `${entry.js!.map((file) => file.replace(/^content-scripts\//, '')).join('+')} on ${new URL(fixture.url).host}`;
        results.push({ name: `always-on ${label}, main thread on load p50`, value: round(percentile(sorted, 50)), unit: 'ms', budget: BUDGET_MS });
        results.push({ name: `always-on ${label}, main thread on load p95`, value: round(percentile(sorted, 95)), unit: 'ms', budget: BUDGET_MS });
      }
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await runContentScriptCostBench()) {
    const status = result.value <= result.budget ? 'ok' : 'OVER BUDGET';
    console.log(`${result.name.padEnd(64)} ${String(result.value).padStart(7)} ${result.unit}  (budget ≤ ${result.budget} ${result.unit}) ${status}`);
  }
}
