import type { Settings } from '../../model';
import { definePrivateItem } from '../../settings/privateItem';
import { defaultCalendar, WorkCalendar } from '../calendar/workCalendar';
import { defaultPlaybook } from '../playbook/defaultPlaybook';
import { parsePlaybook } from '../playbook/parsePlaybook';
import type { Playbook } from '../playbook/schema';

/** What the playbook runs with: the rep's working calendar and the manager's rules. */
export interface PipelineConfig {
  calendar: WorkCalendar;
  playbook: Playbook;
}

/**
 * The manager's saved calendar and playbook, each one private item (see definePrivateItem). Absent (null) means
 * "the defaults": the browser's time zone with a Monday–Friday week, and `defaultPlaybook` with
 * the rep's first-contact hours. Reads are parsed; an invalid stored value falls back to the
 * defaults (logged) instead of stopping every reminder.
 */
// The team's process: kept where content scripts cannot read it (#22, definePrivateItem).
export const workCalendarItem = definePrivateItem<Record<string, unknown> | null>('workCalendar', null);
export const playbookItem = definePrivateItem<Record<string, unknown> | null>('playbook', null);

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function pipelineConfigFrom(
  stored: { calendar: unknown; playbook: unknown },
  settings: Pick<Settings, 'firstContactHours'>,
  timeZone = browserTimeZone(),
): PipelineConfig {
  const calendar = stored.calendar == null ? null : WorkCalendar.safeParse(stored.calendar);
  const playbook = stored.playbook == null ? null : parsePlaybook(stored.playbook);
  if (calendar && !calendar.success) console.warn('[leadkit] the stored work calendar is invalid; using the default');
  if (playbook && !playbook.ok) console.warn('[leadkit] the stored playbook is invalid; using the default');
  return {
    calendar: calendar?.success ? calendar.data : defaultCalendar(timeZone),
    playbook: playbook?.ok ? playbook.playbook : defaultPlaybook({ firstContactHours: settings.firstContactHours }),
  };
}

export async function loadPipelineConfig(settings: Pick<Settings, 'firstContactHours'>): Promise<PipelineConfig> {
  const [calendar, playbook] = await Promise.all([workCalendarItem.getValue(), playbookItem.getValue()]);
  return pipelineConfigFrom({ calendar, playbook }, settings);
}
