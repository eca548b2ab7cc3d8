import type { StoreName } from './schema';

/** Every extension context hears about committed writes on this channel, to refresh its views. */
const CHANNEL = 'leadkit-db-changes';

export interface DbChange {
  stores: StoreName[];
}

export function announceChange(change: DbChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` for writes made in other contexts (BroadcastChannel skips the sender). */
export function onDbChange(listener: (change: DbChange) => void, signal?: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<DbChange> | null;
    if (data && Array.isArray(data.stores)) listener({ stores: data.stores });
  };
  signal?.addEventListener('abort', () => channel.close(), { once: true });
}
