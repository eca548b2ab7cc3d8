import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/common/I18n';
import { SyncStatus } from '../../../components/sync/SyncStatus';
import { createSyncPanelModel, lineFor, type SyncPanelDeps, type SyncSnapshot } from '../../../lib/sync/panel/syncPanelModel';
import { SyncState } from '../../../lib/sync/syncState';

const NOW = 1_700_000_000_000;

function fakeDeps(snapshot: SyncSnapshot) {
  let listener = () => {};
  const deps: SyncPanelDeps = {
    read: vi.fn(async () => ({ ...snapshot })),
    syncNow: vi.fn(async () => ({ outcome: 'synced' as const, pushed: 0, pulled: 0, conflicts: 0 })),
    resolve: vi.fn(async () => {}),
    dismiss: vi.fn(async () => {}),
    onChange: (next) => void (listener = next),
    openSettings: vi.fn(),
    now: () => NOW,
  };
  return { deps, fire: () => listener() };
}

const state = (patch: Partial<SyncState>) => ({ ...SyncState.parse({}), localOnly: false, ...patch });

describe('side panel sync status', () => {
  it('says what happened in words', () => {
    expect(lineFor(SyncState.parse({}), NOW)).toEqual({ kind: 'localOnly' });
    expect(lineFor(state({ runningSince: NOW - 1_000 }), NOW)).toEqual({ kind: 'running' });
    expect(lineFor(state({ runningSince: NOW - 10 * 60_000, lastSuccessAt: NOW - 60_000 }), NOW)).toEqual({ kind: 'synced', at: NOW - 60_000 });
    expect(lineFor(state({ lastError: { code: 'unauthorized', at: NOW }, nextRetryAt: NOW + 60_000 }), NOW)).toEqual({ kind: 'error', code: 'unauthorized', nextRetryAt: NOW + 60_000 });
  });

  it('renders the last sync, pending count and a conflict to resolve field by field', async () => {
    const snapshot: SyncSnapshot = {
      state: state({ lastSuccessAt: NOW - 5 * 60_000 }),
      pending: 2,
      issues: [{ key: 'conflict:account:a1', kind: 'conflict', entity: 'account', entityId: 'a1', label: 'Acme', serverVersion: 3, at: NOW, fields: [{ field: 'name', mine: 'Acme Inc.', theirs: 'Acme Robotics' }] }],
    };
    const { deps } = fakeDeps(snapshot);
    const model = createSyncPanelModel(deps);
    await model.refresh();
    const root = document.createElement('div');
    render(<I18nProvider locale="en"><SyncStatus model={model} /></I18nProvider>, root);
    expect(root.querySelector('[data-testid="sync-line"]')?.textContent).toBe('Last synced 5 minutes ago.');
    expect(root.querySelector('[data-testid="sync-pending"]')?.textContent).toBe('2 change(s) waiting to be sent.');
    expect(root.textContent).toContain('Acme Robotics');
    const theirs = root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!;
    theirs.checked = true;
    theirs.dispatchEvent(new Event('change', { bubbles: true }));
    await model.resolve(snapshot.issues[0] as never);
    expect(deps.resolve).toHaveBeenCalledWith('conflict:account:a1', { name: 'theirs' });
    model.dispose();
  });

  it('a new local write asks the background to push soon; “Sync now” runs at once', async () => {
    const snapshot: SyncSnapshot = { state: state({}), pending: 0, issues: [] };
    const { deps, fire } = fakeDeps(snapshot);
    const model = createSyncPanelModel(deps);
    await model.refresh();
    snapshot.pending = 1;
    fire();
    await vi.waitFor(() => expect(deps.syncNow).toHaveBeenCalledWith('write'));
    await model.syncNow();
    expect(deps.syncNow).toHaveBeenCalledWith('manual');
    model.dispose();
  });
});
