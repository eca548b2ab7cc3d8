import { describe, expect, it } from 'vitest';
import { customPeriod, presetPeriod } from '../../../lib/dashboard/period';

const shanghai = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);

describe('dashboard periods (local days of the manager’s time zone)', () => {
  const now = shanghai(2025, 5, 14, 10);

  it('this month, last month, this quarter, last 90 days', () => {
    expect(presetPeriod('thisMonth', now, 'Asia/Shanghai')).toEqual({ from: shanghai(2025, 5, 1), to: now });
    expect(presetPeriod('lastMonth', now, 'Asia/Shanghai')).toEqual({ from: shanghai(2025, 4, 1), to: shanghai(2025, 5, 1) });
    expect(presetPeriod('thisQuarter', now, 'Asia/Shanghai')).toEqual({ from: shanghai(2025, 4, 1), to: now });
    expect(presetPeriod('last90Days', now, 'Asia/Shanghai')).toEqual({ from: shanghai(2025, 2, 14), to: now });
  });

  it('last month in January is December of the year before', () => {
    expect(presetPeriod('lastMonth', shanghai(2025, 1, 10), 'Asia/Shanghai')).toEqual({ from: shanghai(2024, 12, 1), to: shanghai(2025, 1, 1) });
  });

  it('a custom range includes both days; a reversed one is refused', () => {
    expect(customPeriod('2025-03-01', '2025-03-31', 'Asia/Shanghai')).toEqual({ from: shanghai(2025, 3, 1), to: shanghai(2025, 4, 1) });
    expect(customPeriod('2025-03-02', '2025-03-01', 'Asia/Shanghai')).toBeNull();
    expect(customPeriod('not a date', '2025-03-01', 'Asia/Shanghai')).toBeNull();
  });
});
