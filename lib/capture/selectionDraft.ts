import type { LeadDraft } from '../model/leadDraft';
import { accountDomainFor } from '../match/domain';
import { companyDomainOfEmail } from '../match/personalDomains';
import { withCandidates, type ExtraCandidate } from './draftCandidates';
import { personFromSignature } from './signaturePerson';
import { websiteInText } from './websiteInText';

/**
 * A selection (an email signature, a contact block) says who the company is through its email
 * address more than through the page it sits on: the draft's domain becomes the best email's
 * registrable domain, unless that is a free-mail provider; then a website the selection names in
 * text; only then the page's. A person named
 * in it (first name-shaped line, a title line, an employer line) is mapped into the draft, so
 * saving creates the account and the contact (issue 3, selection capture).
 */
export function refineSelectionDraft(draft: LeadDraft, selectionText: string): LeadDraft {
  const extras: ExtraCandidate[] = [];
  const emailDomain = companyDomainOfEmail(draft.fields.email?.[0]?.value);
  const named = emailDomain ? null : websiteInText(selectionText);
  if (emailDomain) {
    extras.push({ field: 'domain', value: emailDomain, confidence: 0.8, extractor: 'emailDomain' });
    if (emailDomain !== accountDomainFor(draft.url)) {
      extras.push({ field: 'website', value: `https://${emailDomain}`, confidence: 0.5, extractor: 'emailDomain' });
    }
  } else if (named) {
    // No company address, but the selection names a website: that is the company, not the page (#19).
    extras.push({ field: 'domain', value: named.domain, confidence: 0.8, extractor: 'selectionWebsite' });
    extras.push({ field: 'website', value: named.website, confidence: 0.7, extractor: 'selectionWebsite' });
  }
  extras.push(...personCandidates(selectionText, undefined, 'selection'));
  return withCandidates(draft, extras);
}

/** The person (and employer) a signature names, as draft candidates. */
export function personCandidates(signatureText: string, knownName: string | undefined, element: string): ExtraCandidate[] {
  const person = personFromSignature(signatureText, knownName);
  const extras: ExtraCandidate[] = [];
  if (person.name) extras.push({ field: 'personName', value: person.name, confidence: knownName ? 0.95 : 0.7, extractor: 'signature', element });
  if (person.title) extras.push({ field: 'title', value: person.title, confidence: 0.7, extractor: 'signature', element });
  if (person.company) {
    extras.push({ field: 'name', value: person.company, confidence: 0.65, extractor: 'signature', element });
  }
  return extras;
}
