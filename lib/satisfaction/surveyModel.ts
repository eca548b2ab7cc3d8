import { signal, type ReadonlySignal } from '@preact/signals';
import type { Account, Task } from '../model';
import { taskErrorLabelKey } from '../pipeline/labelKeys';
import type { PipelineDeps } from '../pipeline/panel/deps';
import { EMPTY_SURVEY, parseSurveyDraft, surveyCompletion, type SurveyDraft } from './surveyDraft';

/** The survey task's Done form in the side panel: NPS and/or CSAT and a comment. */
export interface SurveyModel {
  /** The task whose form is open, if any. */
  taskId: ReadonlySignal<string | null>;
  draft: ReadonlySignal<SurveyDraft>;
  /** A message key when the draft was refused or saving failed. */
  error: ReadonlySignal<string | null>;
  busy: ReadonlySignal<boolean>;
  open(task: Task): void;
  edit(patch: Partial<SurveyDraft>): void;
  save(task: Task, account: Account): Promise<boolean>;
  cancel(): void;
}

export function createSurveyModel(deps: Pick<PipelineDeps, 'now' | 'newId' | 'actor' | 'commit'>): SurveyModel {
  const taskId = signal<string | null>(null);
  const draft = signal<SurveyDraft>(EMPTY_SURVEY);
  const error = signal<string | null>(null);
  const busy = signal(false);
  const cancel = () => {
    taskId.value = null;
    draft.value = EMPTY_SURVEY;
    error.value = null;
  };
  return {
    taskId,
    draft,
    error,
    busy,
    open(task) {
      cancel();
      taskId.value = task.id;
    },
    edit(patch) {
      draft.value = { ...draft.value, ...patch };
      error.value = null;
    },
    async save(task, account) {
      if (busy.value) return false;
      const parsed = parseSurveyDraft(draft.value);
      if (!parsed.ok) {
        error.value = parsed.error;
        return false;
      }
      busy.value = true;
      try {
        const now = deps.now();
        const actor = await deps.actor();
        const result = surveyCompletion(task, account, parsed, { now, actor, activityId: deps.newId() });
        if (!result.ok) {
          error.value = taskErrorLabelKey(result.error);
          return false;
        }
        await deps.commit(task.accountId, result.changes);
        cancel();
        return true;
      } catch (failure) {
        console.error('[leadkit] saving the survey failed', failure);
        error.value = 'pipelineSaveFailed';
        return false;
      } finally {
        busy.value = false;
      }
    },
    cancel,
  };
}
