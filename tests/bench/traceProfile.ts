/**
 * Where a page's time goes, from a Chromium trace (CDP Tracing): per thread (the page's main thread,
 * its workers), the busy time in top-level trace events by name, and the functions the sampling CPU
 * profiler saw most (self time). dashboardRender.ts traces one open with it (DASHBOARD_RENDER_TRACE=1).
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: { nodes?: Array<{ id: number; parent?: number; callFrame?: { functionName?: string; url?: string; lineNumber?: number } }>; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink', 'IndexedDB'].join(',');

/** Starts tracing `page`'s renderer; the returned function stops it and returns the events. */
export async function startTrace(context: BrowserContext, page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return events;
  };
}

const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;

/** Lines describing where the time went, thread by thread, and the functions that took it. */
export function describeTrace(events: readonly TraceEvent[], top = 12): string[] {
  const threadNames = new Map<string, string>();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '?');
  const lines: string[] = [];
  // Top-level complete events per thread: an event inside another on the same thread is not counted twice.
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || typeof event.dur !== 'number') continue;
    const key = `${event.pid}:${event.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(event);
    byThread.set(key, list);
  }
  const interesting = [...byThread.entries()].filter(([key]) => /CrRendererMain|Worker|IndexedDB|CrBrowserMain/i.test(threadNames.get(key) ?? ''));
  for (const [key, list] of interesting) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let coveredUntil = -Infinity;
    let busy = 0;
    const byName = new Map<string, number>();
    for (const event of list) {
      if (event.ts + event.dur! <= coveredUntil) continue;
      const start = Math.max(event.ts, coveredUntil);
      const own = event.ts + event.dur! - start;
      busy += own;
      byName.set(event.name, (byName.get(event.name) ?? 0) + own);
      coveredUntil = event.ts + event.dur!;
    }
    if (busy < 5_000) continue;
    const span = list.at(-1)!.ts + list.at(-1)!.dur! - list[0]!.ts;
    const names = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, us]) => `${name} ${ms(us)}`);
    lines.push(`thread ${threadNames.get(key)} (${key}): busy ${ms(busy)} of ${ms(span)} traced; ${names.join(', ')}`);
  }
  // The sampling profiler: self time by function, per profiled thread.
  const profiles = new Map<string, { nodes: Map<number, { name: string }>; self: Map<number, number> }>();
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const key = `${event.pid}:${event.id}`;
    const profile = profiles.get(key) ?? { nodes: new Map(), self: new Map() };
    profiles.set(key, profile);
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber } = node.callFrame ?? {};
      const file = url?.split('/').pop() ?? '';
      profile.nodes.set(node.id, { name: `${functionName || '(anonymous)'} ${file}${file ? `:${(lineNumber ?? 0) + 1}` : ''}`.trim() });
    }
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) profile.self.set(samples[i]!, (profile.self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  }
  for (const [key, profile] of profiles) {
    const byName = new Map<string, number>();
    for (const [node, us] of profile.self) {
      const name = profile.nodes.get(node)?.name ?? `node ${node}`;
      byName.set(name, (byName.get(name) ?? 0) + us);
    }
    const total = [...byName.values()].reduce((sum, us) => sum + us, 0);
    if (total < 20_000) continue;
    const ranked = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
    lines.push(`CPU profile ${key}: ${ms(total)} sampled; self time: ${ranked.map(([name, us]) => `${name} ${ms(us)}`).join('; ')}`);
  }
  return lines;
}
