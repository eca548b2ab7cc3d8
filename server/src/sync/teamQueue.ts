import { DatabaseUnavailable } from '../db/errors.ts';

/**
 * One push per team at a time in this process, queued in memory before a pooled connection is
 * taken. The database's team lock serialises a team's pushes anyway; without this queue, a busy
 * team's waiting pushes would each hold a pool connection while they wait for that lock, and every
 * other team's requests would wait for a connection (issue #21: team B's /v1/me took seconds while
 * team A ran 50 clients). With it, a team uses at most one connection per process for pushes.
 */
export interface TeamQueue {
  run<T>(team: string, work: () => Promise<T>): Promise<T>;
}

export function createTeamQueue(options: { maxWaiting: number; waitTimeoutMs: number }): TeamQueue {
  const tails = new Map<string, { tail: Promise<void>; waiting: number }>();
  return {
    async run(team, work) {
      let entry = tails.get(team);
      if (!entry) {
        entry = { tail: Promise.resolve(), waiting: 0 };
        tails.set(team, entry);
      }
      if (entry.waiting >= options.maxWaiting) throw new DatabaseUnavailable('too many pushes of this team waiting');
      entry.waiting += 1;
      const previous = entry.tail;
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      entry.tail = previous.then(() => done);
      const current = entry;
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      try {
        await Promise.race([
          previous,
          new Promise<void>((_, reject) => {
            timer = setTimeout(() => {
              timedOut = true;
              reject(new DatabaseUnavailable('waited too long for this team\'s earlier pushes'));
            }, options.waitTimeoutMs);
          }),
        ]);
      } catch (error) {
        // Gave up waiting: our turn, when it comes, passes at once to whoever is behind us.
        current.waiting -= 1;
        release();
        cleanup(team, current);
        throw error;
      } finally {
        clearTimeout(timer);
      }
      if (timedOut) throw new DatabaseUnavailable();
      try {
        return await work();
      } finally {
        current.waiting -= 1;
        release();
        cleanup(team, current);
      }
    },
  };

  function cleanup(team: string, entry: { waiting: number }) {
    if (entry.waiting === 0 && tails.get(team) === entry) tails.delete(team);
  }
}
