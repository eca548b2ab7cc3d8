import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A round-robin balancer in a few lines, for tests of several server instances: each request goes
 * to the next instance in turn, with X-Forwarded-For as a real balancer sets it. An instance that
 * cannot be reached cuts the client's connection, as a balancer without retries does.
 */
export interface RoundRobin {
  url: string;
  /** Requests sent to each target so far, in the order of `targets`. */
  served: number[];
  stop(): Promise<void>;
}

export async function startRoundRobin(targets: string[]): Promise<RoundRobin> {
  const agent = new http.Agent({ keepAlive: true });
  const served = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((request, response) => {
    const index = next++ % targets.length;
    served[index]! += 1;
    const target = new URL(targets[index]!);
    const forwarded = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, 'x-forwarded-for': forwarded }, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
