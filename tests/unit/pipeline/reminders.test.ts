import { describe, expect, it } from 'vitest';
import { dueReminders, nextAlarmAt, overdueBadgeText, overdueCount } from '../../../lib/pipeline/reminders';
import { task } from './fixtures';

const NOW = 1_000_000;

describe('dueReminders', () => {
  it('notifies each newly due task when there are three or fewer, earliest first', () => {
    const tasks = [task({ id: 'b', dueAt: NOW - 10 }), task({ id: 'a', dueAt: NOW - 20 }), task({ id: 'later', dueAt: NOW + 1 })];
    const plan = dueReminders(tasks, NOW, NOW - 100);
    expect(plan.kind === 'each' && plan.tasks.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('groups more than three into one notification', () => {
    const tasks = ['a', 'b', 'c', 'd'].map((id, i) => task({ id, dueAt: NOW - i }));
    expect(dueReminders(tasks, NOW, NOW - 100)).toMatchObject({ kind: 'group', count: 4 });
  });

  it('does not repeat what was notified before, and skips closed tasks', () => {
    const tasks = [
      task({ id: 'old', dueAt: NOW - 500 }),
      task({ id: 'done', dueAt: NOW - 10, status: 'done' }),
      task({ id: 'cancelled', dueAt: NOW - 10, status: 'cancelled' }),
      task({ id: 'snoozed', dueAt: NOW - 10, status: 'snoozed' }),
    ];
    const plan = dueReminders(tasks, NOW, NOW - 100);
    expect(plan.kind === 'each' && plan.tasks.map((t) => t.id)).toEqual(['snoozed']);
    expect(dueReminders(tasks, NOW + 50, NOW)).toEqual({ kind: 'none' });
  });

  it('notifies a task created already overdue', () => {
    const imported = task({ id: 'imported', dueAt: NOW - 10_000, createdAt: NOW - 5 });
    const plan = dueReminders([imported], NOW, NOW - 100);
    expect(plan.kind === 'each' && plan.tasks.map((t) => t.id)).toEqual(['imported']);
  });

  it('after the clock is set back, repeats nothing', () => {
    expect(dueReminders([task({ dueAt: NOW - 10 })], NOW - 3_600_000, NOW)).toEqual({ kind: 'none' });
  });

  it('turns thousands of overdue tasks (first run, or a worker asleep for days) into one bounded notification', () => {
    const tasks = Array.from({ length: 20_000 }, (_, i) => task({ id: `t${String(i).padStart(5, '0')}`, dueAt: NOW - 1 - (i % 977) * 1_000 }));
    const plan = dueReminders(tasks, NOW);
    if (plan.kind !== 'group') throw new Error('expected a group');
    expect(plan.count).toBe(20_000);
    expect(plan.earliest).toHaveLength(5);
    expect(plan.earliest.every((t) => t.dueAt === NOW - 1 - 976 * 1_000)).toBe(true);
    expect(overdueCount(tasks, NOW)).toBe(20_000);
    expect(overdueBadgeText(20_000)).toBe('999+');
  });
});

describe('badge and alarm', () => {
  it('counts only active tasks past due', () => {
    const tasks = [task({ dueAt: NOW - 1 }), task({ dueAt: NOW }), task({ dueAt: NOW - 1, status: 'done' }), task({ dueAt: NOW - 1, status: 'snoozed' })];
    expect(overdueCount(tasks, NOW)).toBe(2);
    expect(overdueBadgeText(0)).toBe('');
    expect(overdueBadgeText(42)).toBe('42');
  });

  it('schedules one alarm at the next deadline, none when nothing is ahead', () => {
    const tasks = [task({ dueAt: NOW - 5 }), task({ dueAt: NOW + 300 }), task({ dueAt: NOW + 100, status: 'cancelled' }), task({ dueAt: NOW + 200, status: 'snoozed' })];
    expect(nextAlarmAt(tasks, NOW)).toBe(NOW + 200);
    expect(nextAlarmAt([task({ dueAt: NOW - 5 })], NOW)).toBeUndefined();
  });
});
