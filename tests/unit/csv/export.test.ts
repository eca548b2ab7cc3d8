import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv/csvParser';
import { exportCsvParts, exportJson } from '../../../lib/csv/exportRecords';
import type { Account, Deal } from '../../../lib/model';
import { openDeal } from '../deals/fixtures';

const account: Account = {
  id: 'a1', createdAt: 0, updatedAt: Date.UTC(2025, 2, 5, 9), version: 3, name: '华信, "精密"', domain: 'huaxin.cn', stage: 'won',
  tags: ['vip', '制造'], phones: ['+862162345678'], emails: ['sales@huaxin.cn'], address: { locality: '苏州', country: 'CN' },
  capturedAt: Date.UTC(2025, 2, 5, 9), description: '=HYPERLINK("http://evil")',
};

const deal: Deal = openDeal({ status: 'won', closedOn: '2027-03-02', grossMargin: -5, collected: 600_000, currency: 'JPY', amount: 1_234_567 });

describe('export', () => {
  it('writes deals with exact decimal amounts beside their currency', () => {
    const [header, row] = parseCsv(exportCsvParts('deals', [deal, openDeal({ id: 'd2', amount: 1_234_567 })], 'UTC').join(''));
    expect(header).toEqual(['id', 'accountId', 'name', 'amount', 'currency', 'expectedCloseDate', 'stage', 'probability', 'owner', 'status', 'closeReason', 'closedOn', 'grossMargin', 'collected', 'updatedAt']);
    const cell = (name: string, r = row) => r![header!.indexOf(name)];
    expect([cell('amount'), cell('currency'), cell('grossMargin'), cell('collected'), cell('closedOn')]).toEqual(['1234567', 'JPY', '-5', '600000', '2027-03-02']);
    const [, , second] = parseCsv(exportCsvParts('deals', [deal, openDeal({ id: 'd2', amount: 1_234_567 })], 'UTC').join(''));
    expect(cell('amount', second)).toBe('12345.67');
  });

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
    const parsed = JSON.parse(exportJson({ accounts: [account], contacts: [], activities: [], tasks: [], deals: [deal] }, 42));
    expect(parsed).toMatchObject({ format: 'leadkit-export', version: 1, exportedAt: 42 });
    expect(parsed.accounts[0]).toEqual(account);
    expect(parsed.deals[0]).toEqual(deal);
  });
});
