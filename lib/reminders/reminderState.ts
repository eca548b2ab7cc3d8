import { storage } from '#imports';
import { z } from 'zod';

/**
 * What the reminders remember between service-worker lives: when the rep was last notified, so a
 * restarted worker neither repeats old notifications nor misses tasks that fell due meanwhile.
 */
export const ReminderState = z.object({ lastNotifiedAt: z.number().int().nonnegative().optional() });
export type ReminderState = z.infer<typeof ReminderState>;

export const reminderStateItem = storage.defineItem<Record<string, unknown>>('local:reminders', { fallback: {}, version: 1 });

export async function loadReminderState(): Promise<ReminderState> {
  const parsed = ReminderState.safeParse(await reminderStateItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function saveReminderState(state: ReminderState): Promise<void> {
  await reminderStateItem.setValue(ReminderState.parse(state));
}
