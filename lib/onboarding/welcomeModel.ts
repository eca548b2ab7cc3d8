import { signal, type ReadonlySignal } from '@preact/signals';
import type { UiLocale } from '../model';
import type { WorkMode } from './workModeStore';

export interface WelcomeDeps {
  saveLocale(locale: UiLocale): Promise<void>;
  loadWorkMode(): Promise<WorkMode | null>;
  saveWorkMode(mode: WorkMode): Promise<void>;
}

/** A malformed escape in a hand-edited address is no key, not a crash of the page. */
function decodedOrEmpty(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

/** `#manager` shows the manager's checklist; `#whats-new=<keys>` the notes of an announced update. */
export function welcomeViewFor(hash: string): { view: 'rep' | 'manager'; notes: string[] } {
  const raw = hash.replace(/^#/, '').slice(0, 500);
  if (raw === 'manager') return { view: 'manager', notes: [] };
  const notes = raw.startsWith('whats-new=') ? raw.slice('whats-new='.length).split(',').slice(0, 20).map(decodedOrEmpty).filter((key) => /^whatsNew_\w{1,40}$/.test(key)) : [];
  return { view: 'rep', notes };
}

export interface WelcomeModel {
  locale: ReadonlySignal<UiLocale>;
  workMode: ReadonlySignal<WorkMode | null>;
  /** Whether the choice was written (the page says so; nothing else changes in "device only"). */
  workModeSaved: ReadonlySignal<boolean>;
  load(): Promise<void>;
  setLocale(locale: UiLocale): void;
  chooseWorkMode(mode: WorkMode): void;
}

export function createWelcomeModel(deps: WelcomeDeps, initialLocale: UiLocale): WelcomeModel {
  const locale = signal<UiLocale>(initialLocale);
  const workMode = signal<WorkMode | null>(null);
  const workModeSaved = signal(false);
  return {
    locale,
    workMode,
    workModeSaved,
    async load() {
      workMode.value = await deps.loadWorkMode();
      workModeSaved.value = workMode.value !== null;
    },
    setLocale(next) {
      locale.value = next;
      // The rep's choice here is the app's language everywhere (the same setting as in the options).
      void deps.saveLocale(next).catch((error: unknown) => console.warn('[leadkit] language', error));
    },
    chooseWorkMode(mode) {
      workMode.value = mode;
      workModeSaved.value = false;
      deps.saveWorkMode(mode).then(
        () => (workModeSaved.value = workMode.value === mode),
        (error: unknown) => console.warn('[leadkit] work mode', error),
      );
    },
  };
}
