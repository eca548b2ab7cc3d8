import { signal, type ReadonlySignal } from '@preact/signals';
import { WorkCalendar } from '../calendar/workCalendar';
import { parsePlaybook, type PlaybookError } from '../playbook/parsePlaybook';
import type { DueAfter, Playbook } from '../playbook/schema';
import type { PipelineConfig } from '../store/pipelineConfig';

export interface CalendarForm {
  timeZone: string;
  workWeek: number[];
  /** One ISO date per line (or comma separated). */
  holidays: string;
  makeUpWorkdays: string;
}

export interface RuleForm {
  id: string;
  title: { key: string; params?: Record<string, string | number> };
  enabled: boolean;
  unit: DueAfter['unit'];
  /** As typed; checked on save. */
  amount: string;
}

export type PlaybookSettingsStatus = 'loading' | 'idle' | 'saving' | 'saved' | 'invalid' | 'failed' | 'reset';

export interface PlaybookSettingsDeps {
  /** What is in force now, and what a reset would bring back. */
  load(): Promise<{ current: PipelineConfig; defaults: PipelineConfig }>;
  save(config: PipelineConfig): Promise<void>;
  reset(): Promise<void>;
}

export interface PlaybookSettingsModel {
  calendar: ReadonlySignal<CalendarForm>;
  rules: ReadonlySignal<RuleForm[]>;
  /** Why the last save was refused, each with the exact path (e.g. `playbook.rules[0].due.amount`). */
  errors: ReadonlySignal<PlaybookError[]>;
  status: ReadonlySignal<PlaybookSettingsStatus>;
  load(): Promise<void>;
  setCalendar(patch: Partial<Omit<CalendarForm, 'workWeek'>>): void;
  toggleWeekday(day: number, worked: boolean): void;
  setRule(id: string, patch: Partial<Pick<RuleForm, 'enabled' | 'unit' | 'amount'>>): void;
  save(): Promise<void>;
  reset(): Promise<void>;
}

const dates = (text: string) => text.split(/[\s,;]+/).map((date) => date.trim()).filter(Boolean);
const pathText = (path: ReadonlyArray<PropertyKey>) =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');

export function calendarForm(calendar: WorkCalendar): CalendarForm {
  return { timeZone: calendar.timeZone, workWeek: [...calendar.workWeek], holidays: calendar.holidays.join('\n'), makeUpWorkdays: calendar.makeUpWorkdays.join('\n') };
}

export function ruleForms(playbook: Playbook): RuleForm[] {
  return playbook.rules.map((rule) => ({ id: rule.id, title: rule.title, enabled: rule.enabled, unit: rule.due.unit, amount: String(rule.due.amount) }));
}

/** Checks the whole form; nothing is stored unless calendar and playbook both pass. */
export function configFromForms(calendar: CalendarForm, rules: readonly RuleForm[], base: Playbook): { ok: true; config: PipelineConfig } | { ok: false; errors: PlaybookError[] } {
  const parsedCalendar = WorkCalendar.safeParse({
    timeZone: calendar.timeZone.trim(),
    workWeek: [...calendar.workWeek].sort((a, b) => a - b),
    holidays: dates(calendar.holidays),
    makeUpWorkdays: dates(calendar.makeUpWorkdays),
  });
  const edited = {
    ...base,
    rules: base.rules.map((rule) => {
      const form = rules.find((candidate) => candidate.id === rule.id);
      if (!form) return rule;
      const amount = form.amount.trim() === '' ? Number.NaN : Number(form.amount);
      return { ...rule, enabled: form.enabled, due: { unit: form.unit, amount } };
    }),
  };
  const parsedPlaybook = parsePlaybook(edited);
  const errors: PlaybookError[] = [
    ...(parsedCalendar.success ? [] : parsedCalendar.error.issues.map((issue) => ({ path: pathText(['calendar', ...issue.path]), message: issue.message }))),
    ...(parsedPlaybook.ok ? [] : parsedPlaybook.errors.map((error) => ({ path: error.path ? `playbook.${error.path}` : 'playbook', message: error.message }))),
  ];
  if (!parsedCalendar.success || !parsedPlaybook.ok) return { ok: false, errors };
  return { ok: true, config: { calendar: parsedCalendar.data, playbook: parsedPlaybook.playbook } };
}

export function createPlaybookSettingsModel(deps: PlaybookSettingsDeps): PlaybookSettingsModel {
  const calendar = signal<CalendarForm>({ timeZone: '', workWeek: [], holidays: '', makeUpWorkdays: '' });
  const rules = signal<RuleForm[]>([]);
  const errors = signal<PlaybookError[]>([]);
  const status = signal<PlaybookSettingsStatus>('loading');
  let inForce: Playbook | null = null;

  function show(config: PipelineConfig): void {
    inForce = config.playbook;
    calendar.value = calendarForm(config.calendar);
    rules.value = ruleForms(config.playbook);
    errors.value = [];
  }

  async function load(): Promise<void> {
    show((await deps.load()).current);
    status.value = 'idle';
  }

  const edited = () => {
    if (status.value !== 'saving') status.value = 'idle';
  };

  return {
    calendar,
    rules,
    errors,
    status,
    load,
    setCalendar(patch) {
      calendar.value = { ...calendar.value, ...patch };
      edited();
    },
    toggleWeekday(day, worked) {
      const others = calendar.value.workWeek.filter((candidate) => candidate !== day);
      calendar.value = { ...calendar.value, workWeek: worked ? [...others, day].sort((a, b) => a - b) : others };
      edited();
    },
    setRule(id, patch) {
      rules.value = rules.value.map((rule) => (rule.id === id ? { ...rule, ...patch } : rule));
      edited();
    },
    async save() {
      if (!inForce) return;
      const result = configFromForms(calendar.value, rules.value, inForce);
      if (!result.ok) {
        // The stored calendar and playbook stay in force; the form keeps what was typed.
        errors.value = result.errors;
        status.value = 'invalid';
        return;
      }
      status.value = 'saving';
      try {
        await deps.save(result.config);
        show(result.config);
        status.value = 'saved';
      } catch (error) {
        console.error('[leadkit] saving the playbook failed', error);
        status.value = 'failed';
      }
    },
    async reset() {
      status.value = 'saving';
      try {
        await deps.reset();
        show((await deps.load()).defaults);
        status.value = 'reset';
      } catch (error) {
        console.error('[leadkit] resetting the playbook failed', error);
        status.value = 'failed';
      }
    },
  };
}
