import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commitChanges, getDB, type LeadKitDatabase } from '../../../lib/db';
import { createTranslator } from '../../../lib/i18n';
import type { Task } from '../../../lib/model';
import { MIN_ALARM_DELAY_MS, REMINDER_ALARM, reminderAlarmAt } from '../../../lib/reminders/alarmSchedule';
import { notificationTarget, taskNotificationId } from '../../../lib/reminders/notificationIds';
import { handleNotificationClick } from '../../../lib/reminders/openAccountTab';
import { refreshReminders, rescheduleReminders } from '../../../lib/reminders/refreshReminders';
import { loadReminderState, reminderStateItem } from '../../../lib/reminders/reminderState';
import { account, HOUR, task } from '../pipeline/fixtures';
import { HEAVY } from '../heavy';

const NOW = Date.parse('2025-03-11T10:00:00+08:00');
const t = createTranslator({
  pipelineReminderDueTitle: { message: 'Action due' },
  pipelineReminderOverdueTitle: { message: 'Action overdue' },
  pipelineReminderGroupTitle: { message: '{count} actions are due' },
});

async function seed(db: LeadKitDatabase, tasks: Task[]): Promise<void> {
  await commitChanges(db, [
    { store: 'accounts', op: 'put', record: account({ website: 'https://acme.example/' }) },
    ...tasks.map((record) => ({ store: 'tasks' as const, op: 'put' as const, record })),
  ]);
}

const overdue = (id: string, dueAt = NOW - 2 * HOUR): Task => task({ id, dueAt, createdAt: NOW - 3 * HOUR });

describe('reminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('notifies an overdue action, sets the badge, persists when, and schedules the next deadline', async () => {
    const db = await getDB();
    await seed(db, [overdue('late'), task({ id: 'next', dueAt: NOW + 5 * HOUR })]);
    expect(await refreshReminders(db, NOW, t)).toEqual({ notified: 1, overdue: 1 });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({
      [taskNotificationId('late')]: expect.objectContaining({ type: 'basic', title: 'Action overdue', message: 'pipelineActionFirstContact · Acme' }),
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await loadReminderState()).toEqual({ lastNotifiedAt: NOW });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: NOW + 5 * HOUR });
  });

  it('a restarted worker does not repeat what it already showed', async () => {
    const db = await getDB();
    await seed(db, [overdue('late')]);
    await refreshReminders(db, NOW, t);
    await fakeBrowser.notifications.clear(taskNotificationId('late'));
    expect(await refreshReminders(db, NOW + 60_000, t)).toEqual({ notified: 0, overdue: 1 });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('thousands of overdue actions make one grouped notification, not a storm', async () => {
    const db = await getDB();
    await seed(db, Array.from({ length: 2_000 }, (_, index) => overdue(`t${index}`, NOW - index * 1000 - 1)));
    expect(await refreshReminders(db, NOW, t)).toEqual({ notified: 2_000, overdue: 2_000 });
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ type: 'list', title: '2000 actions are due' });
    expect((shown[0] as { items: unknown[] }).items).toHaveLength(5);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('999+');
  }, HEAVY);

  it('the clock set back before the last notification neither repeats nor stops reminders', async () => {
    const db = await getDB();
    await seed(db, [overdue('late')]);
    await reminderStateItem.setValue({ lastNotifiedAt: NOW + 10 * HOUR });
    expect((await refreshReminders(db, NOW, t)).notified).toBe(0);
    expect(await loadReminderState()).toEqual({ lastNotifiedAt: NOW });
  });

  it('the alarm is never closer than 30 s, fires soon for unnotified due tasks, and is cleared when nothing is open', async () => {
    expect(reminderAlarmAt([task({ dueAt: NOW + 1000 })], NOW, NOW)).toBe(NOW + MIN_ALARM_DELAY_MS);
    expect(reminderAlarmAt([overdue('x')], NOW, undefined)).toBe(NOW + MIN_ALARM_DELAY_MS);
    expect(reminderAlarmAt([overdue('x')], NOW, NOW)).toBeUndefined();
    expect(reminderAlarmAt([task({ dueAt: NOW + HOUR, status: 'done' })], NOW, NOW)).toBeUndefined();
    const db = await getDB();
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: NOW + HOUR });
    await rescheduleReminders(db, NOW);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('clicking a reminder brings the account’s tab forward, or opens its website', async () => {
    const db = await getDB();
    await seed(db, [overdue('late')]);
    const open = vi.fn(async () => {});
    Object.assign(fakeBrowser, { sidePanel: { open } });
    await handleNotificationClick(taskNotificationId('late'), async () => db, undefined);
    const tabs = await fakeBrowser.tabs.query({ url: 'https://acme.example/' });
    expect(tabs).toHaveLength(1);
    expect(tabs[0]!.active).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);

    await handleNotificationClick(taskNotificationId('late'), async () => db, 7);
    expect(await fakeBrowser.tabs.query({ url: 'https://acme.example/' })).toHaveLength(1);
    expect(open).toHaveBeenLastCalledWith({ windowId: 7 });
    expect(notificationTarget('someone-else')).toBeNull();
  });
});
