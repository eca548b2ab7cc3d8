import { listContacts, storedAccount, storedAccountsByDomain, type LeadKitDatabase } from '../db';
import { Account, type Activity, type Contact, type Task } from '../model';
import { withScores } from '../scoring/store/scorePages';
import { companyNameMatcher } from './companyName';
import type { DuplicateCandidate, IdentityProbe } from './duplicates';
import { normaliseEmail } from './email';
import { isPersonalMailDomain } from './personalDomains';
import { normalisePhone } from './phone';

/**
 * Accounts whose normalised name matches (exactly or closely), or that list the email or the
 * E.164 phone: one cursor pass over the accounts store. There is no name index (normalisation
 * rules change; an index would need an upgrade step each time): a scan is a few ms per 10k
 * accounts and fine up to ~100k; revisit with an index on `companyNameKey` beyond that.
 */
export async function findAccountsLike(db: LeadKitDatabase, probe: IdentityProbe, limit = 20): Promise<Account[]> {
  const matchers = [probe.name, probe.legalName].filter((name): name is string => !!name?.trim()).map(companyNameMatcher);
  const email = probe.email ? normaliseEmail(probe.email) : null;
  const phone = probe.phone ? normalisePhone(probe.phone, probe.phoneRegion) : null;
  if (matchers.length === 0 && !email && !phone) return [];
  const found: Account[] = [];
  let cursor = await db.transaction('accounts').store.openCursor();
  while (cursor && found.length < limit) {
    const value = cursor.value;
    const hit =
      matchers.some((matches) => typeof value.name === 'string' && matches(value.name) !== null) ||
      (email !== null && Array.isArray(value.emails) && value.emails.includes(email)) ||
      (phone !== null && Array.isArray(value.phones) && value.phones.some((stored) => samePhone(stored, phone, probe.phoneRegion)));
    if (hit) {
      const parsed = Account.safeParse(value);
      if (parsed.success) found.push(parsed.data);
    }
    cursor = await cursor.continue();
  }
  return found;
}

/** Stored phones are E.164 already (captures and imports normalise them); older free text is parsed. */
const E164 = /^\+[1-9]\d{5,14}$/;
function samePhone(stored: unknown, phone: string, region: IdentityProbe['phoneRegion']): boolean {
  if (stored === phone) return true;
  return typeof stored === 'string' && !E164.test(stored) && normalisePhone(stored, region) === phone;
}

/** Contacts with this (normalised) address, through the byEmail index. */
export async function findContactsByEmail(db: LeadKitDatabase, email: string): Promise<Contact[]> {
  const address = normaliseEmail(email);
  return address ? db.getAllFromIndex('contacts', 'byEmail', address) : [];
}

/**
 * Everything that may be the company being captured, with each account's contacts (their
 * emails and phones count as matches): same domain, similar name, shared email or phone.
 */
export async function duplicateCandidatesFor(db: LeadKitDatabase, probe: IdentityProbe): Promise<DuplicateCandidate[]> {
  const domain = probe.domain && !isPersonalMailDomain(probe.domain) ? probe.domain : null;
  const [byDomain, alike, contacts] = await Promise.all([
    domain ? storedAccountsByDomain(db, domain) : Promise.resolve([]),
    findAccountsLike(db, probe),
    probe.email ? findContactsByEmail(db, probe.email) : Promise.resolve([]),
  ]);
  const accounts = new Map<string, Account>();
  for (const account of [...byDomain, ...alike]) accounts.set(account.id, account);
  for (const contact of contacts) {
    if (accounts.has(contact.accountId)) continue;
    const account = await storedAccount(db, contact.accountId);
    if (account) accounts.set(account.id, account);
  }
  // Scores once, for every candidate: they live apart from the accounts (lib/scoring/store).
  const scored = await withScores(db, [...accounts.values()]);
  return Promise.all(scored.map(async (account) => ({ account, contacts: await listContacts(db, account.id) })));
}

/** What points at an account (for a merge): all its contacts, activities and tasks. */
export async function recordsOfAccount(db: LeadKitDatabase, accountId: string): Promise<{ contacts: Contact[]; activities: Activity[]; tasks: Task[] }> {
  const range = IDBKeyRange.bound([accountId, 0], [accountId, Number.MAX_SAFE_INTEGER]);
  const [contacts, activities, tasks] = await Promise.all([
    listContacts(db, accountId),
    db.getAllFromIndex('activities', 'byAccountAt', range),
    db.getAllFromIndex('tasks', 'byAccount', accountId),
  ]);
  return { contacts, activities, tasks };
}
