import { signal, type ReadonlySignal } from '@preact/signals';
import type { Grade, Stage } from '../../model';
import { myQueue, type QueueItem } from '../queue';
import { coalescedLoad } from './coalescedLoad';
import type { QueueDeps } from './deps';

export interface QueueFilterValues {
  stage?: Stage;
  grade?: Grade;
}

export interface QueueModel {
  items: ReadonlySignal<QueueItem[]>;
  filter: ReadonlySignal<QueueFilterValues>;
  loading: ReadonlySignal<boolean>;
  failed: ReadonlySignal<boolean>;
  /** The time the list was computed for (relative due times read from it). */
  now: ReadonlySignal<number>;
  setFilter(patch: QueueFilterValues): void;
  load(): Promise<void>;
  dispose(): void;
}

/** The queue shows at most this many rows; the rest wait behind the most urgent. */
export const QUEUE_LIMIT = 500;

export function createQueueModel(deps: QueueDeps): QueueModel {
  const items = signal<QueueItem[]>([]);
  const filter = signal<QueueFilterValues>({});
  const loading = signal(true);
  const failed = signal(false);
  const now = signal(deps.now());
  const controller = new AbortController();
  let generation = 0;

  async function load(): Promise<void> {
    const mine = ++generation;
    try {
      const [work, me, timeZone] = await Promise.all([deps.loadOpenWork(), deps.me(), deps.timeZone()]);
      const at = deps.now();
      const ordered = myQueue(work.tasks, work.accounts, { ...filter.value, now: at, timeZone, me: me || undefined, limit: QUEUE_LIMIT });
      if (mine !== generation) return;
      items.value = ordered;
      now.value = at;
      failed.value = false;
    } catch (error) {
      console.error('[leadkit] loading the queue failed', error);
      if (mine === generation) failed.value = true;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  // Every write announced anywhere asks again; one read at a time (coalescedLoad.ts).
  const reload = coalescedLoad(load);
  deps.onDataChange(() => void reload(), controller.signal);

  return {
    items,
    filter,
    loading,
    failed,
    now,
    setFilter(patch) {
      filter.value = { ...filter.value, ...patch };
      void reload();
    },
    load: reload,
    dispose: () => controller.abort(),
  };
}
