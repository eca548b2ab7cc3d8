import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv/csvParser';
import { exportCsvParts, exportJson } from '../../../lib/csv/exportRecords';
import type { Account } from '../../../lib/model';

const account: Account = {
  id: 'a1', createdAt: 0, updatedAt: Date.UTC(2025, 2, 5, 9), version: 3, name: '华信, "精密"', domain: 'huaxin.cn', stage: 'won',
  tags: ['vip', '制造'], phones: ['+862162345678'], emails: ['sales@huaxin.cn'], address: { locality: '苏州', country: 'CN' },
  capturedAt: Date.UTC(2025, 2, 5, 9), description: '=HYPERLINK("http://evil")',
};

describe('export', () => {
  it('writes accounts with local wall-clock times, joined lists and neutralised formulas', () => {
    const file = exportCsvParts('accounts', [account], 'Asia/Shanghai').join('');
    expect(file.startsWith('\uFEFFid,name,domain,website,stage,')).toBe(true);
    const [header, row] = parseCsv(file);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('name')).toBe('华信, "精密"');
    expect(cell('capturedAt')).toBe('2025-03-05 17:00');
    expect(cell('tags')).toBe('vip; 制造');
    expect(cell('phones')).toBe("'+862162345678");
    expect(cell('address')).toBe('苏州, CN');
    expect(cell('description')).toBe('\'=HYPERLINK("http://evil")');
  });

  it('JSON keeps records exactly as stored', () => {
    const parsed = JSON.parse(exportJson({ accounts: [account], contacts: [], activities: [], tasks: [] }, 42));
    expect(parsed).toMatchObject({ format: 'leadkit-export', version: 1, exportedAt: 42 });
    expect(parsed.accounts[0]).toEqual(account);
  });
});
