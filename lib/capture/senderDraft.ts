import { extractLead } from '../extract';
import type { LeadDraft } from '../model/leadDraft';
import { companyDomainOfEmail } from '../match/personalDomains';
import type { OpenMessageSender } from '../sites/readOpenMessageSender';
import { withCandidates, withoutCandidates, type ExtraCandidate } from './draftCandidates';
import { personCandidates } from './selectionDraft';
import { websiteInText } from './websiteInText';

/**
 * The lead an email's sender is (issue 3, webmail sender capture): the person from the message
 * header, title, phone and company from the signature block (the same extractors as a page,
 * run over the signature only), and the account domain from the sender's address. The webmail's
 * own URL never names the company, so its URL identity is dropped; a free-mail sender gets no
 * domain at all and the form asks the rep for the company.
 */
export function leadDraftFromSender(sender: OpenMessageSender, doc: Document, url: string, now?: number): LeadDraft {
  const signature = doc.createDocumentFragment();
  const block = doc.createElement('div');
  for (const line of sender.signatureText.split('\n')) {
    block.append(doc.createTextNode(line), doc.createElement('br'));
  }
  signature.append(block);
  const extracted = withoutCandidates(extractLead(doc, url, { root: signature, now }), 'url', ['domain', 'website']);

  const header = 'message header';
  const knownName = sender.name && sender.name !== sender.email ? sender.name : undefined;
  const extras: ExtraCandidate[] = [{ field: 'email', value: sender.email, confidence: 0.99, extractor: 'sender', element: header }];
  if (knownName) extras.push({ field: 'personName', value: knownName, confidence: 0.95, extractor: 'sender', element: header });
  const domain = companyDomainOfEmail(sender.email);
  const named = websiteInText(sender.signatureText);
  if (domain) {
    extras.push({ field: 'domain', value: domain, confidence: 0.95, extractor: 'sender', element: header });
    extras.push({ field: 'website', value: `https://${domain}`, confidence: 0.5, extractor: 'sender', element: header });
  }
  // A free-mail sender whose signature names the company's website: that is the account (#19).
  if (named && (!domain || named.domain === domain)) {
    extras.push({ field: 'domain', value: named.domain, confidence: domain ? 0.95 : 0.85, extractor: 'signature', element: 'signature' });
    extras.push({ field: 'website', value: named.website, confidence: 0.8, extractor: 'signature', element: 'signature' });
  }
  extras.push(...personCandidates(sender.signatureText, knownName, 'signature'));
  const draft = withCandidates(extracted, extras);
  // The form falls back to the page title for the company name; a webmail's title is the inbox.
  return { ...draft, pageTitle: draft.fields.name?.[0]?.value ?? '' };
}
