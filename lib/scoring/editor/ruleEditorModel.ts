import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { RuleSet } from '../../model/ruleSet';
import { compileRuleSet } from '../compileRuleSet';
import { parseRuleSet, type ParseRuleSetResult } from '../parseRuleSet';
import type { RuleSetProblem } from '../ruleSetProblem';
import type { RuleSetState } from '../store/ruleSetState';
import { previewGradeChanges, scoreAllNow, type GradePreview, type PreviewLead } from './gradePreview';

export interface RuleEditorDeps {
  load(): Promise<RuleSetState>;
  save(draft: RuleSet): Promise<ParseRuleSetResult>;
  reset(): Promise<ParseRuleSetResult>;
  /** Every stored lead, for the live preview. */
  leads(): Promise<PreviewLead[]>;
  now(): number;
  download(fileName: string, text: string): void;
}

export type RuleEditorStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'invalid' | 'failed' | 'reset' | 'imported' | 'importRefused';

export interface RuleEditorModel {
  status: ReadonlySignal<RuleEditorStatus>;
  /** The rule set being edited: what a save would store. */
  draft: ReadonlySignal<RuleSet | null>;
  /** What is wrong with the draft now, each at its exact path (live, from `parseRuleSet`). */
  errors: ReadonlySignal<readonly RuleSetProblem[]>;
  /** Why the last import was refused; the draft was left as it was. */
  importErrors: ReadonlySignal<readonly RuleSetProblem[]>;
  /** The stored rule set could not be read; these rules stayed in force instead. */
  storedProblems: ReadonlySignal<readonly RuleSetProblem[]>;
  inForceVersion: ReadonlySignal<number>;
  /** Grades of the stored leads, rules in force → draft; null while the draft is invalid. */
  preview: ReadonlySignal<GradePreview | null>;
  confirmingReset: ReadonlySignal<boolean>;
  load(): Promise<void>;
  edit(change: (draft: RuleSet) => RuleSet): void;
  save(): Promise<void>;
  importFile(file: Blob): Promise<void>;
  exportJson(): void;
  requestReset(): void;
  cancelReset(): void;
  confirmReset(): Promise<void>;
}

/** The manager's rule editor (issue #4): a form over the rule set, validated and previewed live. */
export function createRuleEditorModel(deps: RuleEditorDeps): RuleEditorModel {
  const status = signal<RuleEditorStatus>('loading');
  const draft = signal<RuleSet | null>(null);
  const importErrors = signal<readonly RuleSetProblem[]>([]);
  const storedProblems = signal<readonly RuleSetProblem[]>([]);
  const inForce = signal<RuleSetState | null>(null);
  const leads = signal<PreviewLead[]>([]);
  const confirmingReset = signal(false);
  let now = deps.now();

  const parsed = computed(() => (draft.value ? parseRuleSet(draft.value) : null));
  const errors = computed(() => (parsed.value && !parsed.value.ok ? parsed.value.errors : []));
  const before = computed(() => (inForce.value ? scoreAllNow(inForce.value.compiled, leads.value, now) : []));
  const preview = computed(() => {
    const result = parsed.value;
    if (!result?.ok) return null;
    return previewGradeChanges(before.value, compileRuleSet(result.ruleSet), leads.value, now);
  });

  function show(state: RuleSetState): void {
    now = deps.now();
    inForce.value = state;
    storedProblems.value = state.problems;
    draft.value = state.ruleSet;
  }

  async function store(write: () => Promise<ParseRuleSetResult>, done: RuleEditorStatus): Promise<void> {
    status.value = 'saving';
    try {
      const result = await write();
      if (!result.ok) {
        status.value = 'invalid';
        return;
      }
      show(await deps.load());
      status.value = done;
    } catch (error) {
      console.error('[leadkit] saving the scoring rules failed', error);
      status.value = 'failed';
    }
  }

  return {
    status,
    draft,
    errors,
    importErrors,
    storedProblems,
    inForceVersion: computed(() => inForce.value?.ruleSet.version ?? 0),
    preview,
    confirmingReset,
    async load() {
      const [state, stored] = await Promise.all([deps.load(), deps.leads()]);
      leads.value = stored;
      show(state);
      status.value = 'idle';
    },
    edit(change) {
      if (!draft.value) return;
      draft.value = change(draft.value);
      if (status.value !== 'saving') status.value = 'idle';
    },
    async save() {
      const current = draft.value;
      if (!current) return;
      // The rules in force stay in force: an invalid draft is never stored.
      if (!parsed.value?.ok) {
        status.value = 'invalid';
        return;
      }
      await store(() => deps.save(current), 'saved');
    },
    async importFile(file) {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (error) {
        importErrors.value = [{ path: '', message: `not JSON: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200) }];
        status.value = 'importRefused';
        return;
      }
      const result = parseRuleSet(json);
      if (!result.ok) {
        importErrors.value = result.errors;
        status.value = 'importRefused';
        return;
      }
      importErrors.value = [];
      draft.value = result.ruleSet;
      status.value = 'imported';
    },
    exportJson() {
      const result = parsed.value;
      if (!result?.ok) {
        status.value = 'invalid';
        return;
      }
      deps.download(`leadkit-scoring-rules-v${result.ruleSet.version}.json`, `${JSON.stringify(result.ruleSet, null, 2)}\n`);
    },
    requestReset: () => (confirmingReset.value = true),
    cancelReset: () => (confirmingReset.value = false),
    async confirmReset() {
      confirmingReset.value = false;
      importErrors.value = [];
      await store(deps.reset, 'reset');
    },
  };
}
