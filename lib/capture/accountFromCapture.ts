import type { Account, Activity, Contact } from '../model';
import { newId } from '../model';
import type { Change } from '../db/write';
import type { CaptureForm } from './captureForm';
import { contactChange, personFromForm } from './contactFromCapture';

export interface CaptureSaveOptions {
  actor?: string;
  /** The contact the store already has for the captured person (same email), to update. */
  existingContact?: Contact | null;
}

export interface CaptureChanges {
  account: Account;
  contact: Contact | null;
  changes: Change[];
}

/**
 * The writes that create a new lead from a confirmed capture: the account, the person it names as
 * a contact (issue 3), and its first timeline entry, for one commitChanges call.
 */
export function changesForNewLead(form: CaptureForm, capturedFrom: string, now: number, options: CaptureSaveOptions = {}): CaptureChanges {
  const person = personFromForm(form);
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
    // A person's own address belongs to their contact; the account keeps role addresses.
    emails: form.email && form.email !== person?.email ? [form.email] : [],
    address: form.address ? { text: form.address } : undefined,
    capturedFrom: webUrl(capturedFrom),
    capturedAt: now,
  };
  return withPersonAndActivity(account, form, capturedFrom, now, options);
}

/**
 * Capturing a company that is already an account adds what is new (an email, a phone) to the
 * existing record instead of creating a duplicate; nothing the rep already has is overwritten.
 * The person, if any, is added as a contact or updates the one with the same email.
 */
export function changesForRecapture(existing: Account, form: CaptureForm, capturedFrom: string, now: number, options: CaptureSaveOptions = {}): CaptureChanges {
  const person = personFromForm(form);
  const email = form.email && form.email !== person?.email ? form.email : undefined;
  const account: Account = {
    ...existing,
    updatedAt: now,
    website: existing.website ?? form.website,
    description: existing.description ?? form.description,
    address: existing.address ?? (form.address ? { text: form.address } : undefined),
    phones: form.phone && !existing.phones.includes(form.phone) ? [...existing.phones, form.phone].slice(0, 50) : existing.phones,
    emails: email && !existing.emails.includes(email) ? [...existing.emails, email].slice(0, 50) : existing.emails,
  };
  return withPersonAndActivity(account, form, capturedFrom, now, options);
}

/** Account + contact (if the capture names a person) + the capture activity, linked together. */
export function withPersonAndActivity(account: Account, form: CaptureForm, capturedFrom: string, now: number, options: CaptureSaveOptions): CaptureChanges {
  const person = personFromForm(form);
  const contactWrite = person ? contactChange(person, account.id, options.existingContact ?? null, now) : null;
  const activity: Activity = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 0,
    accountId: account.id,
    ...(contactWrite ? { contactId: contactWrite.contact.id } : {}),
    kind: 'capture',
    at: now,
    content: webUrl(capturedFrom) ?? '',
    actor: options.actor,
  };
  return {
    account,
    contact: contactWrite?.contact ?? null,
    changes: [
      { store: 'accounts', op: 'put', record: account },
      ...(contactWrite ? [contactWrite.change] : []),
      { store: 'activities', op: 'put', record: activity },
    ],
  };
}

function webUrl(url: string): string | undefined {
  return /^https?:/i.test(url) ? url.slice(0, 2048) : undefined;
}
