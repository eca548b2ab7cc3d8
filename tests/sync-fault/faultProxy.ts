import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** What the proxy did to one request. */
export type Fault = 'pass' | 'dropBefore' | 'dropAfter' | 'error500' | 'error500After' | 'duplicate' | 'replayLater' | 'delay';

export interface FaultProxy {
  url: string;
  counts: Record<Fault | 'requests' | 'upstreamDown', number>;
  /** Faults on (the chaos phase) or off (reconnecting at the end). */
  setFaulty(on: boolean): void;
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * A loopback HTTP proxy in front of the sync server that drops requests (before they reach the
 * server, or after it answered: the change applied but the client never hears), answers 500s
 * (with or without applying), sends requests twice, replays them later (out of order with what
 * the client sends next) and delays them. `random` makes a run reproducible from its seed.
 */
export async function startFaultProxy(targetPort: () => number, random: () => number): Promise<FaultProxy> {
  let faulty = true;
  const counts: FaultProxy['counts'] = {
    requests: 0, pass: 0, dropBefore: 0, dropAfter: 0, error500: 0, error500After: 0, duplicate: 0, replayLater: 0, delay: 0, upstreamDown: 0,
  };
  const pendingReplays = new Set<Promise<unknown>>();

  function forward(method: string, path: string, headers: IncomingMessage['headers'], body: Buffer): Promise<Upstream> {
    return new Promise((resolve, reject) => {
      const upstream = httpRequest({ host: '127.0.0.1', port: targetPort(), method, path, headers: { ...headers, host: `127.0.0.1:${targetPort()}` }, timeout: 10_000 }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: flatHeaders(response.headers), body: Buffer.concat(chunks) }));
        response.on('error', reject);
      });
      upstream.on('error', reject);
      upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
      upstream.end(body);
    });
  }

  function pick(): Fault {
    if (!faulty) return 'pass';
    const roll = random();
    const table: Array<[number, Fault]> = [
      [0.04, 'dropBefore'],
      [0.09, 'dropAfter'],
      [0.12, 'error500'],
      [0.15, 'error500After'],
      [0.19, 'duplicate'],
      [0.23, 'replayLater'],
      [0.4, 'delay'],
    ];
    return table.find(([limit]) => roll < limit)?.[1] ?? 'pass';
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    counts.requests += 1;
    const fault = pick();
    counts[fault] += 1;
    const kill = (): void => void response.socket?.destroy();
    if (fault === 'dropBefore') return kill();
    if (fault === 'error500') return void response.writeHead(500, { 'content-type': 'text/html' }).end('<h1>500 Internal Server Error</h1>');
    if (fault === 'delay') await sleep(random() * 400);
    let answer: Upstream;
    try {
      if (fault === 'duplicate') {
        const first = forward(method, path, request.headers, body).catch(() => null);
        answer = await forward(method, path, request.headers, body);
        await first;
      } else {
        answer = await forward(method, path, request.headers, body);
      }
    } catch {
      counts.upstreamDown += 1;
      return kill();
    }
    if (fault === 'replayLater') {
      const replay = sleep(100 + random() * 1_500)
        .then(() => forward(method, path, request.headers, body))
        .catch(() => null);
      pendingReplays.add(replay);
      void replay.finally(() => pendingReplays.delete(replay));
    }
    if (fault === 'dropAfter') return kill();
    if (fault === 'error500After') return void response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"internal","message":"Internal server error"}}');
    response.writeHead(answer.status, answer.headers).end(answer.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.socket?.destroy());
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://localhost:${port}`,
    counts,
    setFaulty(on) {
      faulty = on;
    },
    async close() {
      await Promise.all(pendingReplays);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function flatHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || ['connection', 'keep-alive', 'transfer-encoding'].includes(name)) continue;
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
