import { describe, expect, it, vi } from 'vitest';
import { syncDb } from '../../../lib/sync/syncDb';
import { testConnection } from '../../../lib/sync/testConnection';
import { createFakeServer, TOKEN } from './fakeServer';
import { account, createDevice } from './harness';

describe('the backend token is never logged or stored with the data', () => {
  it('no console output, log line, stored state or issue of sync runs (good and bad) contains it', async () => {
    const printed: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' ')));
    }
    const server = createFakeServer();
    const device = await createDevice('secrets', server, { log: (line) => console.warn(line) });
    await device.put(account('a1'));
    const answers = [
      () => new Response('<html>oops</html>', { status: 500 }),
      () => new Response(null, { status: 302, headers: { location: `https://evil.example.net/?token=${TOKEN}` } }),
      () => new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'A valid bearer token is required' } }), { status: 401 }),
      () => Promise.reject(new TypeError(`connect ECONNREFUSED with ${TOKEN}`)),
      () => undefined,
    ];
    for (const answer of answers) {
      server.intercept(answer as never);
      await device.sync('manual');
    }
    await testConnection({ backendUrl: 'https://sync.example.com', token: TOKEN }, { fetch: server.fetch, hasPermission: async () => true, now: Date.now });
    await testConnection({ backendUrl: 'https://sync.example.com', token: TOKEN }, { fetch: () => Promise.reject(new Error(TOKEN)), hasPermission: async () => true, now: Date.now });

    expect(printed.length).toBeGreaterThan(2);
    expect(printed.filter((line) => line.includes(TOKEN) || line.includes(TOKEN.slice(3, 20)))).toEqual([]);
    const meta = JSON.stringify(await syncDb(device.db).getAll('meta'));
    const issues = JSON.stringify(await syncDb(device.db).getAll('syncIssues'));
    expect(meta.includes(TOKEN.slice(3, 20)) || issues.includes(TOKEN.slice(3, 20))).toBe(false);
  });
});
