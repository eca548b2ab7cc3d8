import { cleanText } from './cleanText';
import { describeElement } from './describeElement';
import { emailValue } from './emailValue';
import { phoneValue } from './phoneValue';
import { emailPreference } from './emailPreference';
import { accountDomainFor } from '../match/domain';
import { extraction, type Candidate, type Extraction, type LinkHref, type PageInput } from './candidate';

const MAX_LINKS = 300;
const MAX_ANCHORS = 2_000;
const MAX_ADDRESSES_PER_LINK = 5;

/** `mailto:` and `tel:` links: the page author wrote these for people to use. */
export function extractContactLinks(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  const pageDomain = accountDomainFor(input.url.href);
  const mailto: LinkHref[] = [];
  const tel: LinkHref[] = [];
  for (const anchor of input.links().slice(0, MAX_ANCHORS)) {
    if (/^\s*mailto:/i.test(anchor.href) && mailto.length < MAX_LINKS) mailto.push(anchor);
    else if (/^\s*tel:/i.test(anchor.href) && tel.length < MAX_LINKS) tel.push(anchor);
  }
  for (const { element: link, href } of mailto) {
    if (input.outOfTime()) break;
    const boost = input.context.contact(link) ? 0.05 : 0;
    const element = describeElement(link);
    const addresses = mailtoAddresses(href);
    for (const raw of addresses) {
      const email = emailValue(raw);
      if (email) candidates.push({ field: 'email', value: email, confidence: 0.8 + boost + emailPreference(email, pageDomain), extractor: 'mailto', element });
    }
  }
  for (const { element: link, href } of tel) {
    if (input.outOfTime()) break;
    const boost = input.context.contact(link) ? 0.05 : 0;
    const phone = phoneValue(telNumber(href), input.phoneRegion, true);
    if (!phone) continue;
    candidates.push({
      field: 'phone',
      value: phone.value,
      confidence: (phone.valid ? 0.8 : 0.5) + boost,
      extractor: 'tel',
      element: describeElement(link),
      kind: phone.kind,
    });
  }
  return extraction(candidates);
}

/** `mailto:a@x.com,b@x.com?subject=…` → both addresses (percent-decoded). */
function mailtoAddresses(href: string): string[] {
  const body = cleanText(href, 2_000).replace(/^mailto:/i, '').split('?')[0] ?? '';
  let decoded = body;
  try {
    decoded = decodeURIComponent(body);
  } catch {
    // keep the raw text: a bad escape should not lose the address
  }
  return decoded.split(/[,;]/).slice(0, MAX_ADDRESSES_PER_LINK).map((part) => part.trim());
}

function telNumber(href: string): string {
  let text = cleanText(href, 200).replace(/^tel:/i, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // as written
  }
  return text.split(/[;,]/)[0] ?? '';
}
