import type { Contact } from '../model';
import { newId } from '../model';
import type { Change } from '../db/write';
import { normaliseEmail } from '../match/email';
import { normalisePhone } from '../match/phone';
import { isRoleAddress } from '../match/personalDomains';
import { guessPhoneRegion } from '../extract/phoneRegion';
import type { CaptureForm } from './captureForm';
import { nameFromEmailAddress } from './signaturePerson';

/** The person a confirmed capture names, as a contact would hold them. */
export interface CapturedPerson {
  name: string;
  title?: string;
  /** Lower-case; only a person's own address (never `sales@`, `info@`). */
  email?: string;
  /** E.164 when it parses, else as the rep wrote it. */
  phone?: string;
}

/**
 * A capture names a person when the form has a contact name, or an email address that is a
 * person's own (not a role address such as `sales@`): a name-less address is named from its
 * local part (`jane.doe@` → Jane Doe). Null when there is no person.
 */
export function personFromForm(form: CaptureForm): CapturedPerson | null {
  const address = form.email ? normaliseEmail(form.email) : null;
  const email = address && !isRoleAddress(address) ? address : undefined;
  const name = form.personName?.trim() || (email ? nameFromEmailAddress(email) : '');
  if (!name) return null;
  const phone = form.phone ? (normalisePhone(form.phone, guessPhoneRegion(null, form.domain)) ?? form.phone.trim()) : undefined;
  return { name, ...(form.title ? { title: form.title } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

/**
 * Creates the contact, or updates the one the rep already has for this person (found by email by
 * the caller): new details win (people change titles and phones), nothing is blanked, and the
 * contact moves to the account it was just captured for.
 */
export function contactChange(person: CapturedPerson, accountId: string, existing: Contact | null, now: number): { contact: Contact; change: Change } {
  const contact: Contact = existing
    ? {
        ...existing,
        updatedAt: now,
        accountId,
        name: person.name || existing.name,
        title: person.title ?? existing.title,
        email: existing.email ?? person.email,
        phone: person.phone ?? existing.phone,
      }
    : { id: newId(), createdAt: now, updatedAt: now, version: 0, accountId, ...person };
  return { contact, change: { store: 'contacts', op: 'put', record: contact } };
}
