/** Pages showing the sync status hear that the stored state changed (BroadcastChannel, like lib/db). */
const CHANNEL = 'leadkit-sync-status';

export function announceSyncState(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ kind: 'sync-state' });
  channel.close();
}

export function onSyncState(listener: () => void, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  signal.addEventListener('abort', () => channel.close(), { once: true });
}
