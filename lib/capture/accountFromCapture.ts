import type { Account, Activity } from '../model';
import { newId } from '../model';
import type { Change } from '../db/write';
import type { CaptureForm } from './captureForm';

/** The writes that create a new lead from a confirmed capture: the account and its first timeline entry. */
export function changesForNewLead(form: CaptureForm, capturedFrom: string, now: number, actor?: string): { account: Account; changes: Change[] } {
  const account: Account = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 0,
    name: form.name,
    domain: form.domain,
    website: form.website,
    description: form.description,
    stage: 'lead',
    tags: [],
    phones: form.phone ? [form.phone] : [],
    emails: form.email ? [form.email] : [],
    address: form.address ? { text: form.address } : undefined,
    capturedFrom: /^https?:/i.test(capturedFrom) ? capturedFrom.slice(0, 2048) : undefined,
    capturedAt: now,
  };
  const activity: Activity = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 0,
    accountId: account.id,
    kind: 'capture',
    at: now,
    content: account.capturedFrom ?? '',
    actor,
  };
  return {
    account,
    changes: [
      { store: 'accounts', op: 'put', record: account },
      { store: 'activities', op: 'put', record: activity },
    ],
  };
}

/**
 * Capturing a company that is already an account adds what is new (an email, a phone) to the
 * existing record instead of creating a duplicate; nothing the rep already has is overwritten.
 */
export function changesForRecapture(existing: Account, form: CaptureForm, capturedFrom: string, now: number, actor?: string): { account: Account; changes: Change[] } {
  const account: Account = {
    ...existing,
    updatedAt: now,
    website: existing.website ?? form.website,
    description: existing.description ?? form.description,
    address: existing.address ?? (form.address ? { text: form.address } : undefined),
    phones: form.phone && !existing.phones.includes(form.phone) ? [...existing.phones, form.phone].slice(0, 50) : existing.phones,
    emails: form.email && !existing.emails.includes(form.email) ? [...existing.emails, form.email].slice(0, 50) : existing.emails,
  };
  const activity: Activity = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 0,
    accountId: existing.id,
    kind: 'capture',
    at: now,
    content: /^https?:/i.test(capturedFrom) ? capturedFrom.slice(0, 2048) : '',
    actor,
  };
  return {
    account,
    changes: [
      { store: 'accounts', op: 'put', record: account },
      { store: 'activities', op: 'put', record: activity },
    ],
  };
}
