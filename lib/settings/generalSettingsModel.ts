import { signal, type ReadonlySignal } from '@preact/signals';
import { Settings } from '../model';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; field: string } | { kind: 'failed' };

export interface GeneralSettingsModel {
  settings: ReadonlySignal<Settings>;
  status: ReadonlySignal<SaveStatus>;
  update(patch: Partial<Settings>): Promise<void>;
}

/** Settings are saved as the rep changes them; an invalid value is refused and named, not stored. */
export function createGeneralSettingsModel(initial: Settings, persist: (patch: Partial<Settings>) => Promise<Settings>): GeneralSettingsModel {
  const settings = signal(initial);
  const status = signal<SaveStatus>({ kind: 'idle' });
  return {
    settings,
    status,
    async update(patch) {
      const next = Settings.safeParse({ ...settings.value, ...patch });
      if (!next.success) {
        status.value = { kind: 'invalid', field: String(next.error.issues[0]?.path[0] ?? '') };
        return;
      }
      status.value = { kind: 'saving' };
      try {
        // Only the changed fields are sent: other tabs (Sync) save fields this page holds stale copies of.
        settings.value = await persist(patch);
        status.value = { kind: 'saved' };
      } catch (error) {
        console.error('[leadkit] saving settings failed', error);
        status.value = { kind: 'failed' };
      }
    },
  };
}
