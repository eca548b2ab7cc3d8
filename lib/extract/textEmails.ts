import { accountDomainFor } from '../match/domain';
import { describeElement } from './describeElement';
import { emailValue } from './emailValue';
import { emailPreference, foreignEmailPenalty } from './emailPreference';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';

const PLAIN_EMAIL = /[A-Za-z0-9._%+\-]{1,64}[@＠][A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}\b/g;
/**
 * Light obfuscation people use against harvesters: `name [at] acme [dot] com`, `name(at)acme.com`,
 * `name AT acme DOT com`. A bare " at " only counts together with a written-out " dot ", so
 * "visit us at acme.com" is not read as an address.
 */
const OBFUSCATED_EMAIL =
  /([A-Za-z0-9._%+\-]{1,64})\s*(?:[[({<]\s*(?:at|@)\s*[\])}>]|\s(?:at|AT)\s(?=[A-Za-z0-9\-]+\s+(?:dot|DOT)\s))\s*([A-Za-z0-9\-]{1,63}(?:\s*(?:\.|[[({<]\s*(?:dot|\.)\s*[\])}>]|\s(?:dot|DOT)\s)\s*[A-Za-z0-9\-]{1,63}){1,4})/g;
/** Chinese sites write `office#acme.com（请将#替换为@）`: only read when the page says so. */
const HASH_EMAIL = /([A-Za-z0-9._%+\-]{1,64})[#＃]([A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24})\b/g;
const HASH_INSTRUCTION = /(?:替换|换成|改为|改成|replace)[^@＠]{0,6}[@＠]|[#＃][^@＠]{0,6}(?:替换|换成|改为|改成)/i;
const DOT = /\s*(?:[[({<]\s*(?:dot|\.)\s*[\])}>]|\s(?:dot|DOT)\s)\s*|\s*\.\s*/g;

const MAX_CANDIDATES = 50;

/** Email addresses written in the visible text, plain or lightly obfuscated. */
export function extractTextEmails(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  const pageDomain = accountDomainFor(input.url.href);
  for (const block of input.textBlocks()) {
    if (candidates.length >= MAX_CANDIDATES || input.outOfTime()) break;
    const text = block.text;
    if (!/[@＠#＃]|\bat\b|\bAT\b/.test(text)) continue;
    const found: Array<{ raw: string; confidence: number }> = [];
    for (const match of text.matchAll(PLAIN_EMAIL)) found.push({ raw: match[0].replace('＠', '@'), confidence: 0.6 });
    for (const match of text.matchAll(OBFUSCATED_EMAIL)) {
      found.push({ raw: `${match[1]}@${match[2]!.replace(DOT, '.')}`, confidence: 0.5 });
    }
    if (HASH_INSTRUCTION.test(text)) {
      for (const match of text.matchAll(HASH_EMAIL)) found.push({ raw: `${match[1]}@${match[2]}`, confidence: 0.55 });
    }
    if (found.length === 0) continue;
    const contact = block.element ? input.context.contact(block.element) : false;
    const element = describeElement(block.element);
    for (const { raw, confidence } of found) {
      const email = emailValue(raw);
      if (!email) continue;
      const penalty = input.isSelection ? 0 : foreignEmailPenalty(email, pageDomain, contact);
      const score = confidence + (contact ? 0.1 : 0) + emailPreference(email, pageDomain) - penalty;
      candidates.push({ field: 'email', value: email, confidence: score, extractor: 'textEmails', element });
    }
  }
  return extraction(candidates.slice(0, MAX_CANDIDATES));
}
