import type { StoreName } from './schema';

/** Every extension context hears about committed writes on this channel, to refresh its views. */
const CHANNEL = 'leadkit-db-changes';

export interface DbChange {
  stores: StoreName[];
}

/** Listeners in this same context: BroadcastChannel does not deliver to its sender's context. */
const local = new EventTarget();

export function announceChange(change: DbChange): void {
  local.dispatchEvent(new CustomEvent<DbChange>('change', { detail: change }));
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` for committed writes, in this context and in every other extension context. */
export function onDbChange(listener: (change: DbChange) => void, signal?: AbortSignal): void {
  const onLocal = (event: Event) => listener((event as CustomEvent<DbChange>).detail);
  local.addEventListener('change', onLocal, { signal });
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<DbChange> | null;
    if (data && Array.isArray(data.stores)) listener({ stores: data.stores });
  };
  signal?.addEventListener('abort', () => channel.close(), { once: true });
}
