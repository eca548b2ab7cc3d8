import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Grade } from '../../model';
import { newId } from '../../model';
import { assignLead, AssignmentRules, EMPTY_STATE, MAX_RULES, type AssignableLead, type AssignmentReason, type AssignmentState } from '../rules';

/** One rule as the form holds it: lists as typed (comma separated), capacity as typed. */
export interface RuleDraft {
  id: string;
  name: string;
  regions: string;
  industries: string;
  grades: Grade[];
  reps: string[];
  capacity: string;
}

export interface PreviewLead extends AssignableLead {
  id: string;
  name: string;
}

export interface PreviewRow {
  lead: PreviewLead;
  ownerId: string | null;
  ruleName: string | null;
  reason: AssignmentReason;
}

export interface AssignmentEditorDeps {
  load(): Promise<AssignmentRules>;
  save(rules: AssignmentRules): Promise<void>;
  /** The team's member names, or null when this install cannot list them (no backend, not a manager). */
  members(): Promise<string[] | null>;
  /** This install's role on the team's backend, null when unknown (no backend, or it does not say). */
  role?(): Promise<'rep' | 'manager' | null>;
  /** The most recent leads (newest first, at most PREVIEW_LEADS) and the state assignment starts from. */
  recentLeads(): Promise<{ leads: PreviewLead[]; state: AssignmentState }>;
}

export type EditorStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export interface EditorError {
  /** The rule's position (from 1), or null for the whole list / the fallback owner. */
  rule: number | null;
  field: string;
  /** The locale key saying what is wrong and what to do. */
  key: string;
}

/** Which message each field's problem gets; the schema's own English words are for logs and the API. */
const ERROR_KEYS: Record<string, string> = {
  name: 'assignmentErrorName',
  reps: 'assignmentErrorReps',
  capacity: 'assignmentErrorCapacity',
  match: 'assignmentErrorValues',
  fallbackOwner: 'assignmentErrorFallback',
};

export const PREVIEW_LEADS = 20;

const list = (text: string) => text.split(/[,，;；\n]/).map((item) => item.trim()).filter(Boolean);

export function draftOf(rule: AssignmentRules['rules'][number]): RuleDraft {
  return {
    id: rule.id,
    name: rule.name,
    regions: rule.match.regions.join(', '),
    industries: rule.match.industries.join(', '),
    grades: [...rule.match.grades],
    reps: [...rule.reps],
    capacity: rule.capacity === undefined ? '' : String(rule.capacity),
  };
}

/** The form as rules, or every problem with the rule and field it is about. */
export function rulesFromDrafts(drafts: readonly RuleDraft[], fallbackOwner: string): { ok: true; rules: AssignmentRules } | { ok: false; errors: EditorError[] } {
  const errors: EditorError[] = [];
  const raw = {
    rules: drafts.map((draft, index) => {
      const capacity = draft.capacity.trim();
      if (capacity !== '' && !/^\d{1,6}$/.test(capacity)) errors.push({ rule: index + 1, field: 'capacity', key: ERROR_KEYS.capacity! });
      return {
        id: draft.id,
        name: draft.name,
        match: { regions: list(draft.regions), industries: list(draft.industries), grades: draft.grades },
        reps: draft.reps,
        ...(capacity !== '' && /^\d{1,6}$/.test(capacity) ? { capacity: Number(capacity) } : {}),
      };
    }),
    ...(fallbackOwner.trim() ? { fallbackOwner: fallbackOwner.trim() } : {}),
  };
  const parsed = AssignmentRules.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [top, index, field, ...rest] = issue.path;
      const rule = top === 'rules' && typeof index === 'number' ? index + 1 : null;
      const name = rule === null ? String(top ?? '') : String(field ?? '');
      errors.push({ rule, field: rule === null ? name : [field, ...rest].map(String).join('.'), key: ERROR_KEYS[name] ?? 'assignmentErrorRules' });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, rules: parsed.data };
}

/** Who each lead would get, in order, each assignment moving the round-robin on for the next. */
export function previewRows(leads: readonly PreviewLead[], rules: AssignmentRules, start: AssignmentState = EMPTY_STATE): PreviewRow[] {
  let state = start;
  // Oldest first, as they were captured; shown newest first.
  const rows = [...leads].reverse().map((lead) => {
    const result = assignLead(lead, rules, state);
    state = result.state;
    return { lead, ownerId: result.ownerId, ruleName: result.ruleName, reason: result.reason };
  });
  return rows.reverse();
}

export interface AssignmentEditorModel {
  status: ReadonlySignal<EditorStatus>;
  rules: ReadonlySignal<RuleDraft[]>;
  fallbackOwner: ReadonlySignal<string>;
  members: ReadonlySignal<string[] | null>;
  errors: ReadonlySignal<EditorError[]>;
  /** A rep's install: the rules are the manager's (the server refuses a rep's change), shown, not edited. */
  readOnly: ReadonlySignal<boolean>;
  /** The edited rules applied to the recent leads; null while the form does not parse. */
  preview: ReadonlySignal<PreviewRow[] | null>;
  leadCount: ReadonlySignal<number>;
  load(): Promise<void>;
  add(): void;
  edit(id: string, patch: Partial<Omit<RuleDraft, 'id'>>): void;
  move(id: string, by: -1 | 1): void;
  remove(id: string): void;
  setFallback(owner: string): void;
  save(): Promise<void>;
}

export function createAssignmentEditorModel(deps: AssignmentEditorDeps): AssignmentEditorModel {
  const status = signal<EditorStatus>('loading');
  const rules = signal<RuleDraft[]>([]);
  const fallbackOwner = signal('');
  const members = signal<string[] | null>(null);
  const errors = signal<EditorError[]>([]);
  const leads = signal<PreviewLead[]>([]);
  const start = signal<AssignmentState>(EMPTY_STATE);
  const readOnly = signal(false);

  const parsed = computed(() => rulesFromDrafts(rules.value, fallbackOwner.value));
  const preview = computed(() => {
    const result = parsed.value;
    return result.ok ? previewRows(leads.value, result.rules, start.value) : null;
  });

  const changed = () => {
    if (status.value === 'saved' || status.value === 'failed') status.value = 'idle';
  };

  return {
    status,
    rules,
    fallbackOwner,
    members,
    errors,
    readOnly,
    preview,
    leadCount: computed(() => leads.value.length),
    async load() {
      status.value = 'loading';
      // No team list or no leads still leaves the rules editable: the form falls back to typed names and an empty preview.
      const [stored, team, recent, role] = await Promise.all([
        deps.load(),
        deps.members().catch(() => null),
        deps.recentLeads().catch(() => ({ leads: [], state: EMPTY_STATE })),
        (deps.role?.() ?? Promise.resolve(null)).catch(() => null),
      ]);
      readOnly.value = role === 'rep';
      rules.value = stored.rules.map(draftOf);
      fallbackOwner.value = stored.fallbackOwner ?? '';
      members.value = team;
      leads.value = recent.leads.slice(0, PREVIEW_LEADS);
      start.value = recent.state;
      status.value = 'idle';
    },
    add() {
      if (rules.value.length >= MAX_RULES) return;
      rules.value = [...rules.value, { id: newId(), name: '', regions: '', industries: '', grades: [], reps: [], capacity: '' }];
      changed();
    },
    edit(id, patch) {
      rules.value = rules.value.map((rule) => (rule.id === id ? { ...rule, ...patch } : rule));
      changed();
    },
    move(id, by) {
      const index = rules.value.findIndex((rule) => rule.id === id);
      const target = index + by;
      if (index < 0 || target < 0 || target >= rules.value.length) return;
      const next = [...rules.value];
      [next[index], next[target]] = [next[target]!, next[index]!];
      rules.value = next;
      changed();
    },
    remove(id) {
      rules.value = rules.value.filter((rule) => rule.id !== id);
      changed();
    },
    setFallback(owner) {
      fallbackOwner.value = owner;
      changed();
    },
    async save() {
      if (readOnly.value) return;
      const result = parsed.value;
      if (!result.ok) {
        errors.value = result.errors;
        status.value = 'invalid';
        return;
      }
      errors.value = [];
      status.value = 'saving';
      try {
        await deps.save(result.rules);
        status.value = 'saved';
      } catch {
        status.value = 'failed';
      }
    },
  };
}
