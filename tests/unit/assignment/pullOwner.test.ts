import { describe, expect, it } from 'vitest';
import { newlyMine, type AccountOwnerChange } from '../../../lib/assignment/assignmentNotice';
import { createFakeServer } from '../sync/fakeServer';
import { account, createDevice } from '../sync/harness';

describe('a lead another install assigned reaches its rep on pull', () => {
  it("reports pulled accounts whose owner changed, once, and which of them are now this rep's", async () => {
    const server = createFakeServer();
    const capturing = await createDevice('assign-capturing', server);
    const seen: AccountOwnerChange[][] = [];
    const assignee = await createDevice('assign-assignee', server, { ownersChanged: async (changes) => void seen.push(changes) });

    // The first pull brings what the team already had (here Bo's old account): no news, no notice.
    await capturing.put(account('old-1', { name: 'Initech', ownerId: 'Bo' }));
    await capturing.sync();
    await assignee.sync();
    expect(seen).toEqual([]);

    await capturing.put(account('lead-1', { name: 'Acme', ownerId: 'Bo' }));
    await capturing.put(account('lead-2', { name: 'Globex' }));
    await capturing.sync();
    await assignee.sync();
    expect(seen).toEqual([[{ account: { id: 'lead-1', name: 'Acme', ownerId: 'Bo' }, previousOwner: undefined }]]);
    expect(newlyMine(seen[0]!, 'Bo').map((lead) => lead.id)).toEqual(['lead-1']);

    // Nothing new: no second notice. A manager handing lead-2 to Bo is one.
    await assignee.sync();
    expect(seen).toHaveLength(1);
    const lead2 = (await capturing.get('lead-2'))!;
    await capturing.put({ ...lead2, ownerId: 'Bo', updatedAt: lead2.updatedAt + 1 });
    await capturing.sync();
    await assignee.sync();
    expect(seen[1]).toEqual([{ account: { id: 'lead-2', name: 'Globex', ownerId: 'Bo' }, previousOwner: undefined }]);
  });
});
