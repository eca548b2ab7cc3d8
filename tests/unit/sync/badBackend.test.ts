import { describe, expect, it } from 'vitest';
import type { SyncErrorCode } from '../../../lib/sync/syncError';
import { BACKEND, createFakeServer } from './fakeServer';
import { account, createDevice } from './harness';

const html = (status: number) => new Response('<!doctype html><h1>Welcome to nginx</h1>', { status, headers: { 'content-type': 'text/html' } });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function hugeStream(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

const cases: Array<{ name: string; path: string; answer: () => Response; code: SyncErrorCode }> = [
  { name: 'an HTML page instead of JSON', path: '/v1/push', answer: () => html(200), code: 'badResponse' },
  { name: 'an HTML error page from a proxy', path: '/v1/push', answer: () => html(502), code: 'serverError' },
  { name: 'JSON of the wrong shape', path: '/v1/push', answer: () => json(200, { results: 'ok' }), code: 'badResponse' },
  { name: 'answers that do not match the mutations sent', path: '/v1/push', answer: () => json(200, { results: [] }), code: 'badResponse' },
  { name: 'a pull page of the wrong shape', path: '/v1/pull', answer: () => json(200, { changes: [{ entity: 'planet' }], cursor: 'x', more: false }), code: 'badResponse' },
  {
    name: 'a 50 MB body announced by Content-Length',
    path: '/v1/pull',
    answer: () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }),
    code: 'tooLarge',
  },
  { name: 'a 50 MB body streamed without a length', path: '/v1/pull', answer: () => new Response(hugeStream(50 * 1024 * 1024), { status: 200 }), code: 'tooLarge' },
  { name: 'a redirect to another origin', path: '/v1/push', answer: () => new Response(null, { status: 307, headers: { location: 'https://evil.example.net/v1/push' } }), code: 'redirected' },
  {
    name: 'an answer that came from another origin',
    path: '/v1/pull',
    answer: () => Object.defineProperty(json(200, { changes: [], cursor: '', more: false }), 'url', { value: 'https://evil.example.net/v1/pull' }),
    code: 'redirected',
  },
  { name: 'an expired token', path: '/v1/push', answer: () => json(401, { error: { code: 'unauthorized', message: 'A valid bearer token is required' } }), code: 'unauthorized' },
  { name: 'a server error', path: '/v1/pull', answer: () => json(500, { error: { code: 'internal', message: 'Internal server error' } }), code: 'serverError' },
];

describe('a broken or hostile backend', () => {
  for (const testCase of cases) {
    it(`${testCase.name} → ${testCase.code}; local data intact, outbox kept`, async () => {
      const server = createFakeServer();
      const device = await createDevice(`bad-${testCase.name}`, server);
      await device.put(account('a1', { name: 'Acme' }));
      await device.sync();
      await device.put({ ...(await device.get('a1'))!, name: 'Acme Robotics' });
      const before = await device.get('a1');
      server.intercept((url) => (url.pathname === testCase.path ? testCase.answer() : undefined));

      const result = await device.sync();
      expect(result).toMatchObject({ outcome: 'failed', error: testCase.code });
      if (testCase.path === '/v1/push') {
        expect(await device.get('a1')).toEqual(before);
        expect(await device.outbox()).toHaveLength(1);
      } else {
        // The push went through before the pull failed: same content, now at the server's version.
        expect(await device.get('a1')).toEqual({ ...before, version: 2 });
        expect(await device.outbox()).toEqual([]);
      }
      const state = await device.state();
      expect(state.lastError?.code).toBe(testCase.code);
      expect(state.nextRetryAt).toBeGreaterThan(Date.now());
      expect(device.retries.at(-1)).toBe(state.nextRetryAt);
      expect(await device.issues()).toEqual([]);
    });
  }

  it('a redirect is never followed: the POST body goes nowhere else', async () => {
    const server = createFakeServer();
    const seen: RequestInit[] = [];
    const device = await createDevice('redirect-manual', server, { fetch: async (url, init) => (seen.push(init), server.fetch(url, init)) });
    await device.sync();
    expect(seen.every((init) => init.redirect === 'manual' && init.credentials === 'omit')).toBe(true);
  });

  it('a server that does not know our cursor: start again from the beginning, losing nothing', async () => {
    const server = createFakeServer();
    server.write('account', 'b1', account('b1'));
    const device = await createDevice('cursor', server);
    await device.sync();
    server.rewind();
    server.write('account', 'b2', account('b2'));
    await device.put(account('a1'));
    expect(await device.sync()).toMatchObject({ outcome: 'synced' });
    expect(device.logs.join('\n')).toMatch(/did not know our pull cursor/);
    expect((await device.db.getAllKeys('accounts')).sort()).toEqual(['a1', 'b1', 'b2']);
    expect(await device.outbox()).toEqual([]);
  });

  it('a clock far off: sync still works and the rep is told', async () => {
    const server = createFakeServer();
    const tomorrow = new Date(Date.now() + 26 * 3_600_000).toUTCString();
    server.intercept((url, init) => {
      if (url.pathname !== '/v1/pull') return undefined;
      server.intercept(null);
      return server.fetch(url.toString(), init).then(async (response) => new Response(await response.text(), { status: response.status, headers: { 'content-type': 'application/json', date: tomorrow } }));
    });
    const device = await createDevice('clock', server);
    await device.put(account('a1'));
    expect(await device.sync()).toMatchObject({ outcome: 'synced' });
    expect((await device.state()).clockSkewMs).toBeGreaterThan(24 * 3_600_000);
    expect(server.rows.get('account:a1')?.version).toBe(1);
  });

  it('rate limited: waits at least as long as the server asks', async () => {
    const server = createFakeServer();
    server.intercept(() => json(429, { error: { code: 'rate_limited', message: 'Too many requests; retry later' } }, { 'retry-after': '600' }));
    // Before the device exists: its clock starts at its creation, and a retry exactly 600 s after
    // that was refused now and then when `started` was read a millisecond later.
    const started = Date.now();
    const device = await createDevice('429', server);
    expect(await device.sync()).toMatchObject({ error: 'rateLimited' });
    expect((await device.state()).nextRetryAt).toBeGreaterThanOrEqual(started + 600_000);
  });

  it('no network, or no answer in time', async () => {
    const server = createFakeServer();
    const offline = await createDevice('offline', server, { fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await offline.sync()).toMatchObject({ error: 'offline' });
    const slow = await createDevice('slow', server, { timeoutMs: 30, fetch: (_url, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))) });
    expect(await slow.sync()).toMatchObject({ error: 'timeout' });
  });

  it('automatic runs wait out the backoff; the rep’s “Sync now” does not', async () => {
    const server = createFakeServer();
    server.intercept(() => html(503));
    const device = await createDevice('backoff', server);
    await device.sync('alarm');
    const calls = server.calls.length;
    expect(await device.sync('alarm')).toMatchObject({ outcome: 'waiting' });
    expect(server.calls.length).toBe(calls);
    server.intercept(null);
    expect(await device.sync('manual')).toMatchObject({ outcome: 'synced' });
    expect(await device.state()).toMatchObject({ failures: 0, lastError: null, nextRetryAt: null });
    expect(BACKEND).toMatch(/^https:/);
  });
});
