import { Account, Contact } from '../../../lib/model';
import { NOW } from './ruleSetFixture';

/** An account as storage holds it, parsed so defaults are filled in as they would be on read. */
export function account(fields: Partial<Record<keyof Account, unknown>> = {}): Account {
  return Account.parse({
    id: 'acc-1',
    createdAt: NOW,
    updatedAt: NOW,
    name: 'Acme',
    domain: 'acme.com',
    stage: 'lead',
    capturedAt: NOW,
    ...fields,
  });
}

export function contact(fields: Partial<Record<keyof Contact, unknown>> = {}): Contact {
  return Contact.parse({ id: `c-${String(fields.name ?? 'x')}`, createdAt: NOW, updatedAt: NOW, accountId: 'acc-1', name: 'Someone', ...fields });
}

export function needs(fields: Record<string, unknown> = {}) {
  return { pains: [], decisionProcess: '', decisionMakers: [], budget: '', timeline: '', currentSolution: '', competitors: [], ...fields };
}
