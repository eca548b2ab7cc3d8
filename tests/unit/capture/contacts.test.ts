import { describe, expect, it } from 'vitest';
import { changesForNewLead, changesForRecapture, parseCaptureForm, personFromForm, type CaptureForm, type CaptureFormValues } from '../../../lib/capture';
import type { Contact } from '../../../lib/model';
import { account } from '../db/fixtures';

function form(overrides: Partial<CaptureFormValues>): CaptureForm {
  const parsed = parseCaptureForm({ name: 'Northwind Logistics GmbH', domain: 'northwind-logistics.com', website: '', email: '', phone: '', address: '', description: '', personName: '', title: '', ...overrides });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.form;
}

describe('saving the captured person as a contact', () => {
  it('a named person with a work email: account + contact (email normalised, phone E.164) + activity, in one change list', () => {
    const { account: created, contact, changes } = changesForNewLead(
      form({ personName: 'Jane Doe', title: 'Head of Operations', email: 'Jane.Doe@Northwind-Logistics.com', phone: '+49 40 5550 1234' }),
      'https://outlook.office.com/mail/',
      7,
    );
    expect(changes.map((change) => change.store)).toEqual(['accounts', 'contacts', 'activities']);
    expect(contact).toMatchObject({ accountId: created.id, name: 'Jane Doe', title: 'Head of Operations', email: 'jane.doe@northwind-logistics.com', phone: '+494055501234' });
    expect(created.emails).toEqual([]);
    expect(created.phones).toEqual(['+49 40 5550 1234']);
    const activity = changes[2]!;
    expect(activity.op === 'put' && activity.store === 'activities' && activity.record.contactId).toBe(contact!.id);
  });

  it('a role address alone is no person: no contact, the address stays on the account', () => {
    const { contact, account: created, changes } = changesForNewLead(form({ email: 'sales@northwind-logistics.com' }), 'https://x.com', 1);
    expect(contact).toBeNull();
    expect(created.emails).toEqual(['sales@northwind-logistics.com']);
    expect(changes.map((change) => change.store)).toEqual(['accounts', 'activities']);
  });

  it('a personal work email without a name still makes a contact, named from the address', () => {
    expect(personFromForm(form({ email: 'jane.doe@northwind-logistics.com' }))).toEqual({ name: 'Jane Doe', email: 'jane.doe@northwind-logistics.com' });
  });

  it('re-capturing the same person updates their contact instead of adding another', () => {
    const existing: Contact = { id: 'c1', createdAt: 1, updatedAt: 1, version: 3, accountId: 'old', name: 'Jane Doe', email: 'jane.doe@northwind-logistics.com', phone: '+494055501234' };
    const target = account({ id: 'acc', domain: 'northwind-logistics.com' });
    const { contact } = changesForRecapture(target, form({ email: 'jane.doe@northwind-logistics.com', title: 'COO', personName: 'Jane Doe' }), 'https://x.com', 9, { existingContact: existing });
    expect(contact).toMatchObject({ id: 'c1', version: 3, accountId: 'acc', title: 'COO', phone: '+494055501234', updatedAt: 9 });
  });
});
