import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Script } from '../../model';
import type { Locale } from '../../i18n/locale';
import { searchScripts } from '../../scripts/searchScripts';
import type { AccountSummary, ComposeScripts, FilledScript, InsertAnswer } from '../overlayMessages';

/**
 * The picker's link to the background. It runs in its own extension frame (#22): the recipients
 * are the session's, and the text goes in at the caret the content script saved, through the
 * background, which counts the use once it is in.
 */
export interface PickerDeps {
  loadScripts(): Promise<ComposeScripts>;
  fill(scriptId: string): Promise<FilledScript | null>;
  /** Has the script filled and inserted as plain text at the caret saved when the launcher was pressed. */
  insert(scriptId: string): Promise<InsertAnswer>;
  close(): void;
}

export type PickerStatus = 'loading' | 'ready' | 'failed';

export interface PickerModel {
  locale: ReadonlySignal<Locale>;
  status: ReadonlySignal<PickerStatus>;
  recipient: ReadonlySignal<AccountSummary | null>;
  query: ReadonlySignal<string>;
  hits: ReadonlySignal<Script[]>;
  selected: ReadonlySignal<Script | null>;
  preview: ReadonlySignal<FilledScript | null>;
  /** A message key: why the last insert did not happen. */
  notice: ReadonlySignal<string | null>;
  busy: ReadonlySignal<boolean>;
  load(): Promise<void>;
  setQuery(query: string): void;
  move(delta: number): void;
  select(scriptId: string): void;
  insert(): Promise<void>;
  close(): void;
  dispose(): void;
}

const LIMIT = 60;

/** The compose picker: search as the rep types, preview filled for the recipient, insert as text. */
export function createPickerModel(deps: PickerDeps, initialLocale: Locale): PickerModel {
  const locale = signal<Locale>(initialLocale);
  const status = signal<PickerStatus>('loading');
  const data = signal<ComposeScripts | null>(null);
  const query = signal('');
  const selectedId = signal<string | null>(null);
  const preview = signal<FilledScript | null>(null);
  const notice = signal<string | null>(null);
  const busy = signal(false);

  const hits = computed(() => {
    const loaded = data.value;
    if (!loaded) return [];
    return searchScripts(loaded.scripts, query.value, { locale: loaded.locale, ...(loaded.stage ? { stage: loaded.stage } : {}), limit: LIMIT }).map((hit) => hit.script);
  });
  const selected = computed(() => hits.value.find((script) => script.id === selectedId.value) ?? hits.value[0] ?? null);

  // The preview follows the selection; a slow answer for an earlier selection is dropped.
  let asked = 0;
  const stopPreview = effect(() => {
    const script = selected.value;
    const mine = ++asked;
    preview.value = null;
    if (!script) return;
    void deps.fill(script.id).then(
      (filled) => mine === asked && (preview.value = filled),
      () => undefined,
    );
  });

  return {
    locale,
    status,
    recipient: computed(() => data.value?.recipient ?? null),
    query,
    hits,
    selected,
    preview,
    notice,
    busy,
    async load() {
      try {
        const loaded = await deps.loadScripts();
        locale.value = loaded.locale;
        data.value = loaded;
        status.value = 'ready';
      } catch (error) {
        console.warn('[leadkit] the script picker could not load the library', error);
        status.value = 'failed';
      }
    },
    setQuery(next) {
      query.value = next;
      selectedId.value = null;
    },
    move(delta) {
      const list = hits.value;
      if (list.length === 0) return;
      const index = Math.max(0, list.findIndex((script) => script.id === selected.value?.id));
      selectedId.value = list[Math.min(Math.max(index + delta, 0), list.length - 1)]!.id;
    },
    select(scriptId) {
      selectedId.value = scriptId;
    },
    async insert() {
      const script = selected.value;
      if (!script || busy.value) return;
      busy.value = true;
      notice.value = null;
      try {
        // On success the content script removes this frame: nothing more to do here.
        const result = await deps.insert(script.id);
        if (!result.ok) notice.value = result.reason === 'detached' ? 'scriptsComposeReplaced' : 'scriptsInsertFailed';
      } catch (error) {
        console.warn('[leadkit] inserting the script failed', error);
        notice.value = 'scriptsInsertFailed';
      } finally {
        busy.value = false;
      }
    },
    close: () => deps.close(),
    dispose: stopPreview,
  };
}
