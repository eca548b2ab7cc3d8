import { describe, expect, it } from 'vitest';
import { openLeadKitDB } from '../../../lib/db';
import { importDealsFile } from '../../../lib/deals/dashboard/dealImportRun';
import { saveDeal } from '../../../lib/deals/dealStore';
import { account } from '../sync/harness';
import { openDeal } from './fixtures';

describe('deals import into the store (real IndexedDB)', () => {
  it('writes the good rows through the outbox, keeps stored deals, and reports the rest', async () => {
    const db = await openLeadKitDB('deal-import');
    await db.put('accounts', account('a1', { domain: 'acme.com' }));
    await saveDeal(db, openDeal({ id: 'kept', name: 'Original' }));
    const csv = '\uFEFFid,domain,name,amount,currency,expectedCloseDate,stage\r\nkept,acme.com,Overwrite?,1,USD,2027-04-01,lead\r\n,acme.com,New,"1,000.50",CNY,2027-04-01,negotiation\r\n,nowhere.com,Lost,1,USD,2027-04-01,lead\r\n';
    const report = await importDealsFile(db, { file: new Blob([csv]), actor: 'Manager', table: { negotiation: 65 } }, 7);
    expect(report).toMatchObject({ imported: 1, errorCount: 2, errors: [{ row: 2, error: 'exists' }, { row: 4, error: 'account' }] });
    const deals = await db.getAll('deals');
    expect(deals.find((deal) => deal.id === 'kept')?.name).toBe('Original');
    expect(deals.find((deal) => deal.name === 'New')).toMatchObject({ amount: 100_050, currency: 'CNY', probability: 65, ownerId: 'Manager', accountId: 'a1' });
    expect((await db.getAll('outbox')).filter((entry) => entry.entity === 'deal')).toHaveLength(2);
    db.close();
  });
});
