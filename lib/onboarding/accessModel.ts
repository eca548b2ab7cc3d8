import { signal, type ReadonlySignal } from '@preact/signals';
import type { AccessReport } from './accessReport';

export interface AccessDeps {
  load(): Promise<AccessReport>;
  /** Opens the browser's shortcut settings; a link cannot open chrome:// pages. */
  openShortcutSettings(): Promise<void>;
  /** Calls back when a permission is granted or removed anywhere. */
  onChange(listener: () => void): void;
}

export interface AccessModel {
  report: ReadonlySignal<AccessReport | null>;
  load(): Promise<void>;
  openShortcutSettings(): void;
}

/** Shortcut and permissions, as the welcome page and the options page show them (issue #26). */
export function createAccessModel(deps: AccessDeps): AccessModel {
  const report = signal<AccessReport | null>(null);
  const load = async () => {
    report.value = await deps.load();
  };
  deps.onChange(() => void load().catch((error: unknown) => console.warn('[leadkit] permissions', error)));
  return {
    report,
    load,
    openShortcutSettings: () => void deps.openShortcutSettings().catch((error: unknown) => console.warn('[leadkit] shortcut settings', error)),
  };
}
