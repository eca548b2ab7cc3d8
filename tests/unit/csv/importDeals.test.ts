import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv/csvParser';
import { exportCsvParts } from '../../../lib/csv/exportRecords';
import { dealsFromCsv, type DealImportContext } from '../../../lib/csv/importDeals';
import { DEFAULT_STAGE_PROBABILITY } from '../../../lib/deals/stageProbability';
import { openDeal } from '../deals/fixtures';

let next = 0;
const context: DealImportContext = {
  accountIds: new Set(['a1']),
  accountIdByDomain: new Map([['acme.com', 'a1']]),
  storedIds: new Set(['kept']),
  actor: 'Manager',
  now: 99,
  newId: () => `new-${(next += 1)}`,
  table: DEFAULT_STAGE_PROBABILITY,
};

describe('deals CSV import', () => {
  it('reads back what the export wrote, amounts exact', () => {
    const deals = [openDeal({ id: 'x1', amount: 1_234_567 }), openDeal({ id: 'x2', currency: 'JPY', amount: 5_000, status: 'won', stage: 'won', closedOn: '2027-01-05', grossMargin: -120, collected: 4_000 })];
    const { deals: imported, errors } = dealsFromCsv(parseCsv(exportCsvParts('deals', deals, 'UTC').join('').replace(/^\uFEFF/, '')), context);
    expect(errors).toEqual([]);
    expect(imported.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest)).toEqual(deals.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest));
  });

  it('reports each bad row with its reason and never replaces a stored deal', () => {
    const csv = [
      'id,domain,name,amount,currency,expectedCloseDate,stage,probability',
      ',acme.com,Typed by hand,"12,345.67",usd,2027-04-01,negotiation,',
      'kept,acme.com,Stored already,1,USD,2027-04-01,lead,10',
      ',unknown.com,No account,1,USD,2027-04-01,lead,10',
      ',acme.com,Float,1.005,USD,2027-04-01,lead,10',
      ',acme.com,Bad date,1,USD,2027-13-01,lead,10',
      ',acme.com,Bad currency,1,XYZ,2027-04-01,lead,10',
    ].join('\n');
    const result = dealsFromCsv(parseCsv(csv), context);
    expect(result.deals).toHaveLength(1);
    expect(result.deals[0]).toMatchObject({ accountId: 'a1', amount: 1_234_567, currency: 'USD', probability: 70, ownerId: 'Manager' });
    expect(result.errors).toEqual([
      { row: 3, error: 'exists' },
      { row: 4, error: 'account' },
      { row: 5, error: 'amount', field: 'amount' },
      { row: 6, error: 'invalid', field: 'expectedCloseDate' },
      { row: 7, error: 'invalid', field: 'currency' },
    ]);
  });
});
