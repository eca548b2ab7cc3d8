import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { ScoringLead } from './scoringLead';
import { SENIORITY_RANK, seniorityFromTitle, type Seniority } from './seniority';

/**
 * What the rules read about an account: its own fields, its needs record as facts (recorded or
 * not, counts), and its primary contact, the most senior one, since grading asks whether we
 * reach someone who can buy. Always builds the same shape, which keeps scoring fast. Full re-scores
 * read what this made of each account from the stored inputs (lib/scoring/inputs): a change to what
 * it gives for the same records bumps INPUTS_VERSION there.
 */
export function leadInputFrom(account: Account, contacts: readonly Contact[]): ScoringLead {
  const contact = primaryContact(contacts);
  const needs = account.needs;
  return {
    industry: blankToUndefined(account.industry),
    employees: account.employees,
    annualRevenue: account.annualRevenue,
    region: blankToUndefined(account.region ?? account.address?.region),
    country: blankToUndefined(account.address?.country),
    domain: blankToUndefined(account.domain),
    stage: account.stage,
    tags: account.tags ?? [],
    budget: blankToUndefined(needs?.budget),
    timeline: blankToUndefined(needs?.timeline),
    painCount: needs ? needs.pains.length : undefined,
    mustHavePainCount: needs ? needs.pains.filter((pain) => pain.priority === 'must').length : undefined,
    competitors: needs?.competitors ?? [],
    contactTitle: blankToUndefined(contact?.contact.title),
    contactSeniority: contact?.seniority,
    emailDomain: emailDomainOf(contact?.contact.email) ?? emailDomainOf(account.emails?.[0]),
  };
}

interface RankedContact {
  readonly contact: Contact;
  readonly seniority: Seniority | undefined;
}

/** Most senior first; ties go to the contact captured first, so the choice is stable. */
function primaryContact(contacts: readonly Contact[]): RankedContact | undefined {
  let best: RankedContact | undefined;
  for (const contact of contacts) {
    const candidate = { contact, seniority: seniorityFromTitle(contact.title) };
    if (!best || outranks(candidate, best)) best = candidate;
  }
  return best;
}

function outranks(a: RankedContact, b: RankedContact): boolean {
  const rankA = a.seniority ? SENIORITY_RANK[a.seniority] : -1;
  const rankB = b.seniority ? SENIORITY_RANK[b.seniority] : -1;
  if (rankA !== rankB) return rankA > rankB;
  if (a.contact.createdAt !== b.contact.createdAt) return a.contact.createdAt < b.contact.createdAt;
  return a.contact.id < b.contact.id;
}

function emailDomainOf(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.lastIndexOf('@');
  return at < 0 ? undefined : blankToUndefined(email.slice(at + 1).toLowerCase());
}

function blankToUndefined(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
