import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Choice } from '../issues';
import type { SyncRunOutcome } from '../syncMessages';
import { DELETED_FIELD, type ConflictIssue, type SyncIssue } from '../syncDb';
import { RUN_STALE_MS, type SyncState } from '../syncState';

export interface SyncSnapshot {
  state: SyncState;
  pending: number;
  issues: SyncIssue[];
}

/** The side panel's edges: the store (read directly, an extension page) and the background. */
export interface SyncPanelDeps {
  read(): Promise<SyncSnapshot>;
  syncNow(trigger: 'manual' | 'write'): Promise<SyncRunOutcome>;
  resolve(key: string, choices: Record<string, Choice>): Promise<void>;
  dismiss(key: string): Promise<void>;
  /** Local writes and sync state changes, from any context. */
  onChange(listener: () => void, signal: AbortSignal): void;
  openSettings(): void;
  now(): number;
}

export type SyncLine =
  | { kind: 'localOnly' }
  | { kind: 'running' }
  | { kind: 'error'; code: string; nextRetryAt: number | null }
  | { kind: 'synced'; at: number }
  | { kind: 'never' };

export interface SyncPanelModel {
  snapshot: ReadonlySignal<SyncSnapshot | null>;
  line: ReadonlySignal<SyncLine>;
  now: ReadonlySignal<number>;
  busy: ReadonlySignal<boolean>;
  /** The rep's picks per conflict key and field (defaults to "mine"). */
  choices: ReadonlySignal<Record<string, Record<string, Choice>>>;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  choose(key: string, field: string, choice: Choice): void;
  resolve(issue: ConflictIssue): Promise<void>;
  dismiss(key: string): Promise<void>;
  openSettings(): void;
  dispose(): void;
}

export function lineFor(state: SyncState, now: number): SyncLine {
  if (state.localOnly) return { kind: 'localOnly' };
  if (state.runningSince !== null && now - state.runningSince < RUN_STALE_MS) return { kind: 'running' };
  if (state.lastError) return { kind: 'error', code: state.lastError.code, nextRetryAt: state.nextRetryAt };
  return state.lastSuccessAt !== null ? { kind: 'synced', at: state.lastSuccessAt } : { kind: 'never' };
}

/** Sync status, "Sync now" and the conflicts and refusals the rep must see, for the side panel. */
export function createSyncPanelModel(deps: SyncPanelDeps): SyncPanelModel {
  const snapshot = signal<SyncSnapshot | null>(null);
  const now = signal(deps.now());
  const busy = signal(false);
  const choices = signal<Record<string, Record<string, Choice>>>({});
  const controller = new AbortController();
  const line = computed(() => (snapshot.value ? lineFor(snapshot.value.state, now.value) : { kind: 'never' as const }));

  async function refresh(): Promise<void> {
    const previous = snapshot.value;
    const next = await deps.read();
    snapshot.value = next;
    now.value = deps.now();
    // A write made here (or in another page) is pushed soon; the message wakes a stopped worker.
    if (previous && !next.state.localOnly && next.pending > previous.pending) void deps.syncNow('write').catch(() => {});
  }

  deps.onChange(() => void refresh().catch(() => {}), controller.signal);
  // Relative times ("2 minutes ago") move on even when nothing else happens.
  const ticker = setInterval(() => (now.value = deps.now()), 30_000);
  controller.signal.addEventListener('abort', () => clearInterval(ticker));

  return {
    snapshot,
    line,
    now,
    busy,
    choices,
    refresh,
    async syncNow() {
      busy.value = true;
      try {
        await deps.syncNow('manual');
      } catch {
        // The background's answer is its stored state; refresh shows it.
      } finally {
        busy.value = false;
        await refresh();
      }
    },
    choose(key, field, choice) {
      choices.value = { ...choices.value, [key]: { ...choices.value[key], [field]: choice } };
    },
    async resolve(issue) {
      const picked = choices.value[issue.key] ?? {};
      const decided = Object.fromEntries(issue.fields.map(({ field }) => [field, picked[field] ?? 'mine']));
      await deps.resolve(issue.key, decided);
      const { [issue.key]: _done, ...rest } = choices.value;
      choices.value = rest;
      await refresh();
      void deps.syncNow('write').catch(() => {});
    },
    async dismiss(key) {
      await deps.dismiss(key);
      await refresh();
    },
    openSettings: deps.openSettings,
    dispose: () => controller.abort(),
  };
}
