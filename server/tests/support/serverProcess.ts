import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The real server (`npm start`'s src/main.ts) in its own process, so a crash is a real exit. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Null while it runs; the exit code or signal once it exited. */
  exited(): string | null;
  /** Everything it wrote to stderr, and its log lines at warn level and above. */
  problems(): string[];
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exit: string | null = null;
  const problems: string[] = [];
  child.on('exit', (code, signal) => {
    exit = signal ?? String(code);
  });
  child.stderr!.on('data', (chunk) => {
    if (problems.length < 200) problems.push(String(chunk));
  });
  let buffered = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${problems.join('')}`)), 60_000);
    child.on('exit', () => reject(new Error(`server exited at start: ${problems.join('')}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += String(chunk);
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        } else if (/"level":(40|50|60)/.test(line) && problems.length < 200) {
          problems.push(line.slice(0, 500));
        }
      }
    });
  });
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
