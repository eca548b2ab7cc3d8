import { Contact, type Account } from '../model';
import type { LeadKitDatabase } from '../db';
import { findAccountsByDomain, getAccount } from '../scoring/store/scoredAccounts';
import { normaliseEmail } from '../match/email';
import { registrableDomain } from '../match/domain';

export type RecipientMatch = { account: Account; contact: Contact | null };

/**
 * The account a compose is written to: the first recipient who is a known contact (email →
 * contact → account), else the first whose email domain is an account's domain. Null when no
 * recipient is known: the overlay then shows nothing about anyone.
 */
export async function matchRecipient(db: LeadKitDatabase, recipients: readonly string[]): Promise<RecipientMatch | null> {
  const emails = recipients.map(normaliseEmail).filter((email): email is string => email !== null);
  for (const email of emails) {
    for (const value of await db.getAllFromIndex('contacts', 'byEmail', email)) {
      const contact = Contact.safeParse(value);
      if (!contact.success) continue;
      const account = await getAccount(db, contact.data.accountId);
      if (account) return { account, contact: contact.data };
    }
  }
  for (const email of emails) {
    const domain = registrableDomain(email.slice(email.lastIndexOf('@') + 1));
    const [account] = domain ? await findAccountsByDomain(db, domain) : [];
    // Someone at the company who is not a contact yet: greeting another person would be wrong,
    // so contact variables stay visibly missing.
    if (account) return { account, contact: null };
  }
  return null;
}
