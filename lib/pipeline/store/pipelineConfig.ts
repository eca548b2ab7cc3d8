import { storage } from '#imports';
import type { Settings } from '../../model';
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
 * The manager's saved calendar and playbook, each one `storage.local` item. Absent (null) means
 * "the defaults": the browser's time zone with a Monday–Friday week, and `defaultPlaybook` with
 * the rep's first-contact hours. Reads are parsed; an invalid stored value falls back to the
 * defaults (logged) instead of stopping every reminder.
 */
export const workCalendarItem = storage.defineItem<Record<string, unknown> | null>('local:workCalendar', { fallback: null, version: 1 });
export const playbookItem = storage.defineItem<Record<string, unknown> | null>('local:playbook', { fallback: null, version: 1 });

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
