import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { Script, type Objection, type ScriptKind, type ScriptLocale, type Stage } from '../../model';
import { rankByEffectiveness, ratedUses } from '../effectiveness';
import { variablePathsIn } from '../parseTemplate';
import { renderScript, type RenderedScript } from '../renderScript';
import { scriptContextFor } from '../scriptContext';
import { isKnownVariable } from '../scriptVariables';

export interface ScriptsSettingsDeps {
  listScripts(): Promise<Script[]>;
  saveScript(script: Script): Promise<void>;
  deleteScript(script: Script): Promise<void>;
  onScriptsChange(listener: () => void, signal: AbortSignal): void;
  newId(): string;
  now(): number;
}

/** The editor's form: strings as typed, parsed into a Script only on save. */
export type ScriptForm = {
  id: string | null;
  title: string;
  body: string;
  kind: ScriptKind;
  objection: Objection | '';
  stages: Stage[];
  industries: string;
  locale: ScriptLocale;
};

export type EditorStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid'; field: string } | { kind: 'failed' };

/** Invented people for the preview, so a manager sees filled and missing variables apart. */
const SAMPLE = {
  en: { account: { name: 'Northwind Logistics', industry: 'logistics' }, contact: { name: 'Jane Doe', title: 'COO' }, rep: { name: 'Alex Chen' } },
  zh_CN: { account: { name: '华信制造', industry: '制造业' }, contact: { name: '王芳', title: '采购总监' }, rep: { name: '陈晨' } },
} as const;

const emptyForm = (locale: ScriptLocale): ScriptForm => ({ id: null, title: '', body: '', kind: 'objection', objection: '', stages: [], industries: '', locale });
const formOf = (script: Script): ScriptForm => ({
  id: script.id,
  title: script.title,
  body: script.body,
  kind: script.kind,
  objection: script.objection ?? '',
  stages: [...script.stages],
  industries: script.industries.join(', '),
  locale: script.locale,
});

/** The options page's Scripts tab (issue 6): the manager's library editor and what works best. */
export function createScriptsSettingsModel(deps: ScriptsSettingsDeps) {
  const scripts = signal<Script[]>([]);
  const form = signal<ScriptForm | null>(null);
  const status = signal<EditorStatus>({ kind: 'idle' });
  const pendingDelete = signal<Script | null>(null);
  const controller = new AbortController();

  const preview = computed<RenderedScript | null>(() => {
    const current = form.value;
    return current ? renderScript(current.body, scriptContextFor(SAMPLE[current.locale])) : null;
  });
  const unknownVariables = computed(() => (form.value ? variablePathsIn(form.value.body).filter((path) => !isKnownVariable(path)) : []));
  const worksBest = computed(() => rankByEffectiveness(scripts.value.filter((script) => ratedUses(script) > 0)).slice(0, 10));

  async function load(): Promise<void> {
    scripts.value = (await deps.listScripts()).sort((a, b) => a.locale.localeCompare(b.locale) || a.title.localeCompare(b.title));
  }
  deps.onScriptsChange(() => void load().catch(() => undefined), controller.signal);

  async function save(): Promise<void> {
    const current = form.value;
    if (!current) return;
    const existing = scripts.value.find((script) => script.id === current.id);
    const now = deps.now();
    const parsed = Script.safeParse({
      ...(existing ?? { id: deps.newId(), createdAt: now, version: 0, usedCount: 0, workedCount: 0 }),
      title: current.title.trim(),
      body: current.body,
      kind: current.kind,
      objection: current.objection || undefined,
      stages: current.stages,
      industries: current.industries.split(/[,，]/).map((item) => item.trim()).filter(Boolean),
      locale: current.locale,
      updatedAt: Math.max(now, existing?.updatedAt ?? 0),
    });
    if (!parsed.success) {
      status.value = { kind: 'invalid', field: String(parsed.error.issues[0]?.path[0] ?? '') };
      return;
    }
    try {
      await deps.saveScript(parsed.data);
      form.value = null;
      status.value = { kind: 'saved' };
      await load();
    } catch (error) {
      console.warn('[leadkit] saving the script failed', error);
      status.value = { kind: 'failed' };
    }
  }

  return {
    scripts: scripts as ReadonlySignal<Script[]>,
    form: form as ReadonlySignal<ScriptForm | null>,
    status: status as ReadonlySignal<EditorStatus>,
    pendingDelete: pendingDelete as ReadonlySignal<Script | null>,
    preview,
    unknownVariables,
    worksBest,
    load,
    save,
    startNew: (locale: ScriptLocale) => {
      form.value = emptyForm(locale);
      status.value = { kind: 'idle' };
    },
    edit: (script: Script) => {
      form.value = formOf(script);
      status.value = { kind: 'idle' };
    },
    update: (patch: Partial<ScriptForm>) => {
      if (form.value) form.value = { ...form.value, ...patch };
    },
    toggleStage: (stage: Stage) => {
      const current = form.value;
      if (!current) return;
      const stages = current.stages.includes(stage) ? current.stages.filter((item) => item !== stage) : [...current.stages, stage];
      form.value = { ...current, stages };
    },
    /** Puts `{{path}}` where the manager's caret was (start/end of the textarea selection). */
    insertVariable: (path: string, start: number, end: number) => {
      const current = form.value;
      if (!current) return;
      const body = `${current.body.slice(0, start)}{{${path}}}${current.body.slice(end)}`;
      form.value = { ...current, body };
    },
    cancel: () => {
      form.value = null;
    },
    askDelete: (script: Script) => {
      pendingDelete.value = script;
    },
    cancelDelete: () => {
      pendingDelete.value = null;
    },
    async confirmDelete() {
      const script = pendingDelete.value;
      if (!script) return;
      pendingDelete.value = null;
      try {
        await deps.deleteScript(script);
        if (form.value?.id === script.id) form.value = null;
        await load();
      } catch (error) {
        console.warn('[leadkit] deleting the script failed', error);
        status.value = { kind: 'failed' };
      }
    },
    dispose: () => controller.abort(),
  };
}

export type ScriptsSettingsModel = ReturnType<typeof createScriptsSettingsModel>;
