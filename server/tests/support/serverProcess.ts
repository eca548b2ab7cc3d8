import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort.ts';

/** The server to run: this one, or another checkout's (LEADKIT_SERVER_DIR, to bench a version before a change). */
const SERVER_DIR = process.env.LEADKIT_SERVER_DIR || fileURLToPath(new URL('../../', import.meta.url));

/** The real server (`npm start`'s src/main.ts) in its own process, so a crash is a real exit. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Null while it runs; the exit code or signal once it exited. */
  exited(): string | null;
  /** The start of what it wrote (warnings and errors at the default LOG_LEVEL=warn). */
  problems(): string[];
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs(), '--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exit: string | null = null;
  const problems: string[] = [];
  // Never outlive the test or bench that started it, whatever way that ends.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.removeListener('exit', reap));
  child.on('exit', (code, signal) => {
    exit = signal ?? String(code);
  });
  const keep = (chunk: unknown) => {
    if (problems.length < 200) problems.push(String(chunk).slice(0, 1000));
  };
  child.stderr!.on('data', keep);
  child.stdout!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  // Ready once it answers its health check (it migrates first; `/health` is in every version).
  for (let waited = 0; ; waited += 100) {
    if (exit !== null) throw new Error(`server exited at start: ${problems.join('')}`);
    if (waited > 60_000) throw new Error(`server did not start: ${problems.join('')}`);
    const live = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (live) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    exited: () => exit,
    problems: () => problems,
    async stop() {
      if (exit !== null) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (exit === null) child.kill('SIGKILL');
    },
  };
}

/** Extra node flags for the server (e.g. `--cpu-prof` to profile it under the bench). */
function nodeArgs(): string[] {
  return (process.env.LEADKIT_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
}
