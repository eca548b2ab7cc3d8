import { Activity, type SurveyScores } from '../model/activity';
import type { Account } from '../model/account';
import type { Task } from '../model/task';
import type { Change } from '../db';
import { tickChecklist } from '../pipeline/checklist';
import { completeTask } from '../pipeline/taskActions';

/** The default playbook's survey rule; its Done asks for the scores instead of just logging a note. */
export const SURVEY_RULE_ID = 'satisfactionSurvey';

export const isSurveyTask = (task: Pick<Task, 'ruleId'>): boolean => task.ruleId === SURVEY_RULE_ID;

/** What the rep typed: scores as text until they are checked. */
export interface SurveyDraft {
  nps: string;
  csat: string;
  comment: string;
}

export const EMPTY_SURVEY: SurveyDraft = { nps: '', csat: '', comment: '' };

export type SurveyDraftError = 'satisfactionNpsInvalid' | 'satisfactionCsatInvalid' | 'satisfactionScoreRequired';

export type ParsedSurvey = { ok: true; scores: SurveyScores; comment: string } | { ok: false; error: SurveyDraftError };

/** A whole number written in digits only (no signs, exponents or decimal points), within bounds. */
function wholeNumber(text: string, min: number, max: number): number | null | undefined {
  if (text === '') return undefined;
  if (text.length > 2) return null;
  for (const char of text) if (char < '0' || char > '9') return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** Checks a draft: each score is optional, but a survey without either measures nothing. */
export function parseSurveyDraft(draft: SurveyDraft): ParsedSurvey {
  const nps = wholeNumber(draft.nps.trim(), 0, 10);
  if (nps === null) return { ok: false, error: 'satisfactionNpsInvalid' };
  const csat = wholeNumber(draft.csat.trim(), 1, 5);
  if (csat === null) return { ok: false, error: 'satisfactionCsatInvalid' };
  if (nps === undefined && csat === undefined) return { ok: false, error: 'satisfactionScoreRequired' };
  return { ok: true, scores: { ...(nps !== undefined ? { nps } : {}), ...(csat !== undefined ? { csat } : {}) }, comment: draft.comment.trim().slice(0, 20_000) };
}

/**
 * Completing the survey task in one commit: the task done, a `survey` activity with the scores
 * (the completion activity, so the timeline shows them), and the won stage's "satisfaction
 * surveyed" tick, which is what the survey rule and the exit criteria look for.
 */
export function surveyCompletion(
  task: Task,
  account: Account,
  survey: { scores: SurveyScores; comment: string },
  context: { now: number; actor: string; activityId: string },
): { ok: true; changes: Change[] } | { ok: false; error: 'notActive' } {
  const done = completeTask(task, { ...context, activityKind: 'survey', content: survey.comment });
  if (!done.ok) return done;
  const activity = Activity.parse({ ...done.activity, survey: survey.scores });
  const changes: Change[] = [
    { store: 'tasks', op: 'put', record: done.task },
    { store: 'activities', op: 'put', record: activity },
  ];
  if (!account.checklist?.satisfactionSurveyed) {
    const checklist = tickChecklist(account.checklist, 'satisfactionSurveyed', context.now, context.actor || undefined);
    changes.push({ store: 'accounts', op: 'put', record: { ...account, checklist, updatedAt: context.now } });
  }
  return { ok: true, changes };
}
