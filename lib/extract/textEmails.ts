import { accountDomainFor } from '../match/domain';
import { describeElement } from './describeElement';
import { trimChars } from './cleanText';
import { emailValue } from './emailValue';
import { emailPreference, foreignEmailPenalty } from './emailPreference';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';

/**
 * An address as written: the whole run of local-part characters before the `@` (Latin with
 * accents, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, CJK, Hangul: RFC 6531), never its tail,
 * and labels in those scripts. Ranges, not `\p{L}`: a Unicode property class costs tens of
 * milliseconds to compile, and a capture runs in a freshly injected script. The look-behind makes each run start
 * once, so a long run without an `@` is read once, not once per character. Lengths and dots
 * are checked after (emailValue), so a 65-character local part is refused, not cut to 64.
 */
const PLAIN_EMAIL = /(?<![A-Za-z0-9._%+\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])[A-Za-z0-9._%+\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+[@＠][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff][A-Za-z0-9\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]*(?:\.[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff][A-Za-z0-9\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]*)+/g;
/**
 * Light obfuscation people use against harvesters: `name [at] acme [dot] com`, `name(at)acme.com`,
 * `name AT acme DOT com`. A bare " at " only counts together with a written-out " dot ", so
 * "visit us at acme.com" is not read as an address. Text blocks have single spaces (the page
 * index collapses every run), so one optional space stands where a writer puts any.
 */
const OBFUSCATED_EMAIL =
  /(?<![A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]+) ?(?:[[({<] ?(?:at|@) ?[\])}>]| (?:at|AT) (?=[A-Za-z0-9\-]+ (?:dot|DOT) )) ?([A-Za-z0-9\-]+(?:(?: ?\.| ?[[({<] ?(?:dot|\.) ?[\])}>]| (?:dot|DOT) ) ?[A-Za-z0-9\-]+){1,4})/g;
/** Chinese sites write `office#acme.com（请将#替换为@）`: only read when the page says so. */
const HASH_EMAIL = /(?<![A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]+)[#＃]([A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9][A-Za-z0-9\-]*)+)/g;
const HASH_INSTRUCTION = /(?:替换|换成|改为|改成|replace)[^@＠]{0,6}[@＠]|[#＃][^@＠]{0,6}(?:替换|换成|改为|改成)/i;
const DOT = / ?[[({<] ?(?:dot|\.) ?[\])}>] ?| (?:dot|DOT) | ?\. ?/g;
/** Han, kana and Hangul: Chinese and Japanese text runs into an address with no space (`邮箱abc@acme.com电话`). */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

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
    for (const match of text.matchAll(PLAIN_EMAIL)) found.push({ raw: withoutRunIns(match[0].replace('＠', '@')), confidence: 0.6 });
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

/**
 * An address in CJK text has the words around it glued on: the local part keeps its last run in
 * one kind of script (CJK or not), the domain stops where the script changes inside a label.
 * A wholly CJK local part or domain (`用户@例子.广告`) stays whole.
 */
export function withoutRunIns(address: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  let start = 0;
  for (let index = 1; index < local.length; index += 1) {
    if (isCjk(local[index - 1]!) !== isCjk(local[index]!)) start = index;
  }
  let end = domain.length;
  for (let index = 1; index < domain.length; index += 1) {
    const before = domain[index - 1]!;
    const here = domain[index]!;
    if (before === '.' || here === '.' || before === '-' || here === '-') continue;
    if (isCjk(before) !== isCjk(here)) {
      end = index;
      break;
    }
  }
  return `${local.slice(start)}@${trimChars(domain.slice(0, end), '', '.-')}`;
}

function isCjk(char: string): boolean {
  return CJK_CHAR.test(char);
}
