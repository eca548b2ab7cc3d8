import type { Account, Contact, LeadDraft } from '../model';
import { registrableDomain } from './domain';
import { emailMatchKey } from './email';
import { normalisePhone, type CountryCode } from './phone';
import { companyNameMatcher } from './companyName';
import { isPersonalMailDomain } from './personalDomains';

/** What we know about the company being captured: from a draft or from the capture form. */
export interface IdentityProbe {
  name?: string;
  legalName?: string;
  domain?: string;
  email?: string;
  phone?: string;
  /** Region for national phone numbers (`CN`, `US`), when the page told us. */
  phoneRegion?: CountryCode;
}

/** An existing account, with its contacts when the caller has them (emails and phones match those too). */
export interface DuplicateCandidate {
  account: Account;
  contacts?: ReadonlyArray<Pick<Contact, 'email' | 'phone'>>;
}

export type DuplicateReason = 'domain' | 'name' | 'similarName' | 'email' | 'phone';

export interface LikelyDuplicate {
  account: Account;
  /** 0–1: the chance-like combination of the reasons' weights. */
  score: number;
  reasons: DuplicateReason[];
}

/** How strongly each reason alone says "same company". */
const WEIGHT: Readonly<Record<DuplicateReason, number>> = {
  domain: 1,
  email: 0.95,
  name: 0.85,
  phone: 0.8,
  similarName: 0.55,
};
/** Below this an account is not shown as a likely duplicate. */
export const DUPLICATE_THRESHOLD = 0.5;

export function probeFromDraft(draft: LeadDraft): IdentityProbe {
  const best = (field: keyof LeadDraft['fields']) => draft.fields[field]?.[0]?.value;
  return { name: best('name'), legalName: best('legalName'), domain: best('domain'), email: best('email'), phone: best('phone') };
}

/** Form values (`Record<field, string>`) or a parsed form: empty strings count as absent. */
export function probeFromForm(form: Partial<Record<'name' | 'domain' | 'email' | 'phone', string | undefined>>): IdentityProbe {
  const present = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
  return { name: present(form.name), domain: present(form.domain)?.toLowerCase(), email: present(form.email), phone: present(form.phone) };
}

/**
 * Existing accounts that are probably the company being captured, best first, each with why:
 * same registrable domain (never a free-mail domain), same or very close normalised name
 * (display or legal name), an email or an E.164 phone the account or one of its contacts has.
 */
export function likelyDuplicates(probeOrDraft: IdentityProbe | LeadDraft, candidates: readonly DuplicateCandidate[]): LikelyDuplicate[] {
  const probe = 'fields' in probeOrDraft ? probeFromDraft(probeOrDraft) : probeOrDraft;
  const domain = probe.domain ? (registrableDomain(probe.domain) ?? probe.domain.toLowerCase()) : null;
  const domainKey = domain && !isPersonalMailDomain(domain) ? domain : null;
  const email = probe.email ? emailMatchKey(probe.email) : null;
  const phone = probe.phone ? normalisePhone(probe.phone, probe.phoneRegion) : null;
  const nameMatchers = [probe.name, probe.legalName].filter((name): name is string => !!name?.trim()).map(companyNameMatcher);

  const seen = new Set<string>();
  const results: LikelyDuplicate[] = [];
  for (const { account, contacts = [] } of candidates) {
    if (seen.has(account.id)) continue;
    seen.add(account.id);
    const reasons: DuplicateReason[] = [];
    if (domainKey && account.domain === domainKey) reasons.push('domain');
    const nameMatches = nameMatchers.map((matches) => matches(account.name));
    if (nameMatches.includes('exact')) reasons.push('name');
    else if (nameMatches.includes('close')) reasons.push('similarName');
    if (email && (account.emails.some((stored) => emailMatchKey(stored) === email) || contacts.some((contact) => !!contact.email && emailMatchKey(contact.email) === email))) {
      reasons.push('email');
    }
    if (phone && hasPhone(account, contacts, phone, probe.phoneRegion)) reasons.push('phone');
    if (reasons.length === 0) continue;
    const score = 1 - reasons.reduce((rest, reason) => rest * (1 - WEIGHT[reason]), 1);
    if (score >= DUPLICATE_THRESHOLD) results.push({ account, score: Math.round(score * 1000) / 1000, reasons });
  }
  return results.sort((a, b) => b.score - a.score || b.account.updatedAt - a.account.updatedAt);
}

function hasPhone(account: Account, contacts: ReadonlyArray<Pick<Contact, 'phone'>>, e164: string, region?: CountryCode): boolean {
  const phones = [...account.phones, ...contacts.map((contact) => contact.phone).filter((value): value is string => !!value)];
  return phones.some((stored) => stored === e164 || normalisePhone(stored, region) === e164);
}
