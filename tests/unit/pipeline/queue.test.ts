import { describe, expect, it } from 'vitest';
import { myQueue } from '../../../lib/pipeline/queue';
import { at } from './calendarFixtures';
import { DAY, HOUR, account, task } from './fixtures';

const NOW = at('2025-03-12T09:00:00+08:00');
const ids = (items: Array<{ task: { id: string } }>) => items.map((item) => item.task.id);

describe('myQueue', () => {
  const hot = account({ id: 'hot', stage: 'prospect' }, 'A'); // score 80
  const warm = account({ id: 'warm', stage: 'lead' }, 'B'); // score 50
  const parked = account({ id: 'parked', stage: 'nurture' }, 'C');

  it('orders by local due day, then priority, then the account\'s score, then time', () => {
    const tasks = [
      task({ id: 'tomorrow-high', accountId: 'hot', dueAt: NOW + DAY, priority: 'high' }),
      task({ id: 'today-warm', accountId: 'warm', dueAt: NOW + HOUR }),
      task({ id: 'today-hot', accountId: 'hot', dueAt: NOW + 5 * HOUR }),
      task({ id: 'today-high', accountId: 'warm', dueAt: NOW + 6 * HOUR, priority: 'high' }),
      task({ id: 'overdue', accountId: 'warm', dueAt: NOW - 2 * DAY, priority: 'low' }),
    ];
    expect(ids(myQueue(tasks, [hot, warm], { now: NOW, timeZone: 'Asia/Shanghai' }))).toEqual([
      'overdue', 'today-high', 'today-hot', 'today-warm', 'tomorrow-high',
    ]);
  });

  it('reads "due date" in the rep\'s zone', () => {
    // 23:30 on 12 March in Shanghai is still 12 March there, but already 13 March in UTC+14.
    const tasks = [
      task({ id: 'late-evening', accountId: 'warm', dueAt: at('2025-03-12T23:30:00+08:00') }),
      task({ id: 'next-morning-hot', accountId: 'hot', dueAt: at('2025-03-13T08:00:00+08:00') }),
    ];
    expect(ids(myQueue(tasks, [hot, warm], { now: NOW, timeZone: 'Asia/Shanghai' }))).toEqual(['late-evening', 'next-morning-hot']);
    expect(ids(myQueue(tasks, [hot, warm], { now: NOW, timeZone: 'Pacific/Kiritimati' }))).toEqual(['next-morning-hot', 'late-evening']);
  });

  it('filters by stage and grade and drops closed tasks', () => {
    const tasks = [
      task({ id: 'h', accountId: 'hot', dueAt: NOW }),
      task({ id: 'w', accountId: 'warm', dueAt: NOW }),
      task({ id: 'done', accountId: 'hot', dueAt: NOW, status: 'done' }),
      task({ id: 'orphan', accountId: 'deleted', dueAt: NOW }),
    ];
    expect(ids(myQueue(tasks, [hot, warm], { now: NOW, stage: 'lead' }))).toEqual(['w']);
    expect(ids(myQueue(tasks, [hot, warm], { now: NOW, grade: 'A' }))).toEqual(['h']);
  });

  it('keeps nurture accounts out of the way until their next touch is due, then resurfaces them', () => {
    const touch = task({ id: 'touch', accountId: 'parked', dueAt: NOW + 5 * DAY, priority: 'low' });
    expect(ids(myQueue([touch], [parked], { now: NOW }))).toEqual([]);
    expect(ids(myQueue([touch], [parked], { now: NOW + 4.5 * DAY }))).toEqual(['touch']);
    expect(ids(myQueue([touch], [parked], { now: NOW + 6 * DAY }))).toEqual(['touch']);
  });

  it('shows only my tasks when asked, and bounds the list', () => {
    const mine = account({ id: 'mine', ownerId: 'me' });
    const theirs = account({ id: 'theirs', ownerId: 'them' });
    const tasks = [
      task({ id: 'owned', accountId: 'mine', dueAt: NOW }),
      task({ id: 'assigned-to-me', accountId: 'theirs', dueAt: NOW, assignee: 'me' }),
      task({ id: 'reassigned-away', accountId: 'mine', dueAt: NOW, assignee: 'them' }),
      task({ id: 'not-mine', accountId: 'theirs', dueAt: NOW }),
    ];
    expect(ids(myQueue(tasks, [mine, theirs], { now: NOW, me: 'me' })).sort()).toEqual(['assigned-to-me', 'owned']);
    const many = Array.from({ length: 5_000 }, (_, i) => task({ id: `t${i}`, accountId: 'mine', dueAt: NOW - i * HOUR }));
    expect(myQueue(many, [mine], { now: NOW, limit: 50 })).toHaveLength(50);
  });
});
