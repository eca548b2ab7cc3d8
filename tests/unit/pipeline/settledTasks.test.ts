import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';
import { settledTasksFor } from '../../../lib/pipeline/playbook/settledTasks';
import { at, shanghai2025 } from './calendarFixtures';
import { HOUR, account, activity, task } from './fixtures';

const CAPTURED = at('2025-03-10T09:00:00+08:00');
const base = { activities: [], tasks: [], now: CAPTURED + 30 * HOUR, calendar: shanghai2025, playbook: defaultPlaybook() };

describe('settledTasksFor', () => {
  it('flags an open task whose action a logged activity already did', () => {
    const open = task({ ruleId: 'leadFirstContact', triggerAt: CAPTURED, createdAt: CAPTURED });
    const settled = settledTasksFor(account({}, 'A'), { ...base, tasks: [open], activities: [activity('email', CAPTURED + 2 * HOUR)] });
    expect(settled).toEqual([{ task: open, reason: 'doneByActivity' }]);
  });

  it('flags an open task whose rule no longer covers the account, and leaves hand-made tasks alone', () => {
    const open = task({ ruleId: 'leadFirstContact', triggerAt: CAPTURED });
    const handMade = task({ title: 'Call back after the trade fair' });
    const settled = settledTasksFor(account({ stage: 'nurture' }, 'A'), { ...base, tasks: [open, handMade] });
    expect(settled).toEqual([{ task: open, reason: 'ruleNoLongerApplies' }]);
  });

  it('leaves a task that is still needed', () => {
    const open = task({ ruleId: 'leadFirstContact', triggerAt: CAPTURED });
    expect(settledTasksFor(account({}, 'A'), { ...base, tasks: [open] })).toEqual([]);
  });
});
