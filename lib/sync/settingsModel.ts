import { signal, type ReadonlySignal } from '@preact/signals';
import { BackendUrl } from '../model';
import { backendOrigin } from './client';
import type { SyncErrorCode } from './syncError';
import type { ConnectionTestResult } from './syncMessages';

export type SyncSettingsStatus =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'saving' }
  | { kind: 'connected'; team: string; user: string; clockSkewMs: number | null }
  | { kind: 'saved' }
  | { kind: 'cleared' }
  | { kind: 'invalidUrl' }
  | { kind: 'missingToken' }
  | { kind: 'permissionDenied' }
  | { kind: 'failed'; error: SyncErrorCode };

export interface SyncSettingsDeps {
  load(): Promise<{ backendUrl: string; token: string }>;
  /** The browser's permission prompt for this origin pattern; must start inside the click. */
  requestOrigin(pattern: string): Promise<boolean>;
  /** Asks the background to call GET /v1/me with these (the page itself makes no network call). */
  test(input: { backendUrl: string; token: string }): Promise<ConnectionTestResult>;
  save(backendUrl: string | undefined, token: string): Promise<void>;
}

export interface SyncSettingsModel {
  backendUrl: ReadonlySignal<string>;
  token: ReadonlySignal<string>;
  status: ReadonlySignal<SyncSettingsStatus>;
  load(): Promise<void>;
  setBackendUrl(value: string): void;
  setToken(value: string): void;
  /** Click handlers: each asks for the host permission first, synchronously, in the rep's gesture. */
  test(): Promise<void>;
  save(): Promise<void>;
  disconnect(): Promise<void>;
}

/** The options page's "Sync" tab: backend URL, token, "Test connection", Save, Disconnect. */
export function createSyncSettingsModel(deps: SyncSettingsDeps): SyncSettingsModel {
  const backendUrl = signal('');
  const token = signal('');
  const status = signal<SyncSettingsStatus>({ kind: 'idle' });
  // What the rep typed before the stored settings arrived wins: a slow storage read (a cold browser
  // on a busy machine) must not blank a field under the rep's fingers.
  const edited = { backendUrl: false, token: false };

  /** The form as it should be sent, or null with the reason shown; synchronous on purpose. */
  function checkedForm(): { backendUrl: string; token: string; origin: string } | null {
    const url = BackendUrl.safeParse(backendUrl.value.trim().replace(/\/+$/, ''));
    if (!url.success) {
      status.value = { kind: 'invalidUrl' };
      return null;
    }
    if (!token.value.trim()) {
      status.value = { kind: 'missingToken' };
      return null;
    }
    return { backendUrl: url.data, token: token.value.trim(), origin: backendOrigin(url.data) };
  }

  return {
    backendUrl,
    token,
    status,
    async load() {
      const stored = await deps.load();
      if (!edited.backendUrl) backendUrl.value = stored.backendUrl;
      if (!edited.token) token.value = stored.token;
    },
    setBackendUrl(value) {
      edited.backendUrl = true;
      backendUrl.value = value;
      status.value = { kind: 'idle' };
    },
    setToken(value) {
      edited.token = true;
      token.value = value;
      status.value = { kind: 'idle' };
    },
    async test() {
      const form = checkedForm();
      if (!form) return;
      const granted = deps.requestOrigin(`${form.origin}/*`);
      status.value = { kind: 'testing' };
      if (!(await granted.catch(() => false))) {
        status.value = { kind: 'permissionDenied' };
        return;
      }
      const result = await deps.test({ backendUrl: form.backendUrl, token: form.token }).catch((): ConnectionTestResult => ({ ok: false, error: 'internal' }));
      status.value = result.ok ? { kind: 'connected', team: result.team, user: result.user, clockSkewMs: result.clockSkewMs } : { kind: 'failed', error: result.error };
    },
    async save() {
      const form = checkedForm();
      if (!form) return;
      const granted = deps.requestOrigin(`${form.origin}/*`);
      status.value = { kind: 'saving' };
      const allowed = await granted.catch(() => false);
      try {
        await deps.save(form.backendUrl, form.token);
        backendUrl.value = form.backendUrl;
        status.value = allowed ? { kind: 'saved' } : { kind: 'permissionDenied' };
      } catch {
        status.value = { kind: 'failed', error: 'internal' };
      }
    },
    async disconnect() {
      await deps.save(undefined, '');
      backendUrl.value = '';
      token.value = '';
      status.value = { kind: 'cleared' };
    },
  };
}
