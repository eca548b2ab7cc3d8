import { signal, type ReadonlySignal } from '@preact/signals';
import { Settings } from '../model';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; field: string } | { kind: 'failed' };

export interface GeneralSettingsModel {
  settings: ReadonlySignal<Settings>;
  status: ReadonlySignal<SaveStatus>;
  update(patch: Partial<Settings>): Promise<void>;
}

/** Settings are saved as the rep changes them; an invalid value is refused and named, not stored. */
export function createGeneralSettingsModel(initial: Settings, persist: (settings: Settings) => Promise<void>): GeneralSettingsModel {
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
        await persist(next.data);
        settings.value = next.data;
        status.value = { kind: 'saved' };
      } catch (error) {
        console.error('[leadkit] saving settings failed', error);
        status.value = { kind: 'failed' };
      }
    },
  };
}
