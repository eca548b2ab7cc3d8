import type { Stage } from '../model/stage';
import type { TaskPriority } from './playbook/schema';

/** Locale keys live in lib/i18n/messages/<locale>/pipeline.json; these name them in one place. */
const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

export const stageLabelKey = (stage: Stage) => `pipelineStage${capitalised(stage)}`;
export const criterionLabelKey = (criterionId: string) => `pipelineCriterion${capitalised(criterionId)}`;
export const priorityLabelKey = (priority: TaskPriority) => `pipelinePriority${capitalised(priority)}`;
export const moveErrorLabelKey = (error: 'notAllowed' | 'reasonRequired') => `pipelineMoveError${capitalised(error)}`;
export const taskErrorLabelKey = (error: 'notActive' | 'reasonRequired' | 'notInFuture' | 'assigneeRequired') =>
  `pipelineTaskError${capitalised(error)}`;

export const REMINDER_LABEL_KEYS = {
  due: 'pipelineReminderDueTitle',
  overdue: 'pipelineReminderOverdueTitle',
  /** Params: `{count}`. */
  group: 'pipelineReminderGroupTitle',
} as const;
export const MOVE_UNMET_WARNING_KEY = 'pipelineMoveUnmetWarning';
