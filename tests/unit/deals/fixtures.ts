import type { Deal } from '../../../lib/model';

/** An open deal with every required field; tests override what they are about. */
export const openDeal = (fields: Partial<Deal> = {}): Deal => ({
  id: 'd1',
  createdAt: 1,
  updatedAt: 1,
  version: 0,
  accountId: 'a1',
  name: 'Pilot',
  amount: 1_234_567,
  currency: 'USD',
  expectedCloseDate: '2027-03-31',
  stage: 'opportunity',
  probability: 40,
  ownerId: 'Ann',
  status: 'open',
  ...fields,
});
