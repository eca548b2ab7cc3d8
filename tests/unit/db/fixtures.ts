import type { Account } from '../../../lib/model';

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 'acc-1',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    version: 0,
    name: 'Acme Robotics',
    domain: 'acme.com',
    stage: 'lead',
    tags: [],
    phones: [],
    emails: [],
    capturedAt: 1_700_000_000_000,
    ...overrides,
  };
}
