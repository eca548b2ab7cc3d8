import { signal, type ReadonlySignal } from '@preact/signals';
import type { Account, Contact, Script, ScriptLocale, Stage } from '../../model';
import { recordUse } from '../effectiveness';
import { renderScript, type RenderedScript } from '../renderScript';
import { scriptContextFor } from '../scriptContext';
import { searchScripts } from '../searchScripts';

export interface ScriptsPanelDeps {
  listScripts(): Promise<Script[]>;
  saveScript(script: Script): Promise<void>;
  /** navigator.clipboard in the panel page. */
  copyText(text: string): Promise<void>;
  repName(): Promise<string>;
  onScriptsChange(listener: () => void, signal: AbortSignal): void;
  now(): number;
}

/** What the last action did, as a message key the section shows. */
export type ScriptsStatus = { key: string; scriptId: string } | null;

export interface ScriptsPanelModel {
  query: ReadonlySignal<string>;
  selectedId: ReadonlySignal<string | null>;
  expandedId: ReadonlySignal<string | null>;
  status: ReadonlySignal<ScriptsStatus>;
  /** Reads the signals: call it while rendering and the section follows search and library. */
  scriptsFor(stage: Stage): Script[];
  preview(script: Script, account: Account, contacts: readonly Contact[]): RenderedScript;
  load(): Promise<void>;
  setQuery(query: string): void;
  move(delta: number, stage: Stage): void;
  select(scriptId: string): void;
  toggleExpanded(stage: Stage): void;
  copy(stage: Stage, account: Account, contacts: readonly Contact[]): Promise<void>;
  record(scriptId: string, worked: boolean | null): Promise<void>;
  dispose(): void;
}

const LIMIT = 80;

/**
 * The side panel's scripts section (issue 6): the account's stage first, instant bilingual
 * search, keyboard selection, previews filled from the account, its first contact and the rep,
 * copy in one key, and used / worked / didn't work written back through the store.
 */
export function createScriptsPanelModel(deps: ScriptsPanelDeps, locale: ScriptLocale): ScriptsPanelModel {
  const scripts = signal<Script[]>([]);
  const query = signal('');
  const selectedId = signal<string | null>(null);
  const expandedId = signal<string | null>(null);
  const status = signal<ScriptsStatus>(null);
  const repName = signal('');
  const controller = new AbortController();

  const scriptsFor = (stage: Stage): Script[] =>
    searchScripts(scripts.value, query.value, { stage, locale, limit: LIMIT }).map((hit) => hit.script);
  const selectedIn = (stage: Stage): Script | null => {
    const list = scriptsFor(stage);
    return list.find((script) => script.id === selectedId.value) ?? list[0] ?? null;
  };
  const preview = (script: Script, account: Account, contacts: readonly Contact[]) =>
    renderScript(
      script.body,
      scriptContextFor({ account, ...(contacts[0] ? { contact: contacts[0] } : {}), rep: repName.value ? { name: repName.value } : {} }),
    );

  async function load(): Promise<void> {
    const [list, name] = await Promise.all([deps.listScripts(), deps.repName()]);
    scripts.value = list;
    repName.value = name;
  }
  deps.onScriptsChange(() => void load().catch(() => undefined), controller.signal);

  return {
    query,
    selectedId,
    expandedId,
    status,
    scriptsFor,
    preview,
    load,
    setQuery(next) {
      query.value = next;
      selectedId.value = null;
    },
    move(delta, stage) {
      const list = scriptsFor(stage);
      if (list.length === 0) return;
      const index = Math.max(0, list.findIndex((script) => script.id === selectedIn(stage)?.id));
      selectedId.value = list[Math.min(Math.max(index + delta, 0), list.length - 1)]!.id;
    },
    select(scriptId) {
      selectedId.value = scriptId;
    },
    toggleExpanded(stage) {
      const script = selectedIn(stage);
      if (!script) return;
      selectedId.value = script.id;
      expandedId.value = expandedId.value === script.id ? null : script.id;
    },
    async copy(stage, account, contacts) {
      const script = selectedIn(stage);
      if (!script) return;
      try {
        await deps.copyText(preview(script, account, contacts).text);
        status.value = { key: 'scriptsCopied', scriptId: script.id };
      } catch (error) {
        console.warn('[leadkit] copying the script failed', error);
        status.value = { key: 'scriptsCopyFailed', scriptId: script.id };
      }
    },
    async record(scriptId, worked) {
      const script = scripts.value.find((candidate) => candidate.id === scriptId);
      if (!script) return;
      const next = recordUse(script, worked, deps.now());
      try {
        await deps.saveScript(next);
        scripts.value = scripts.value.map((candidate) => (candidate.id === scriptId ? next : candidate));
        status.value = { key: 'scriptsOutcomeSaved', scriptId };
      } catch (error) {
        console.warn('[leadkit] saving the script outcome failed', error);
        status.value = { key: 'scriptsSaveFailed', scriptId };
      }
    },
    dispose: () => controller.abort(),
  };
}
