import { LIMITS } from '../model';

/** A person as an email signature describes them; every part optional. */
export interface SignaturePerson {
  name?: string;
  title?: string;
  company?: string;
}

/** Job-title words (English): a segment containing one is a title, not a name or company. */
const EN_TITLE =
  /\b(ceo|cto|cfo|coo|cmo|cio|ciso|vp|svp|evp|founder|co-founder|president|chair(?:man|woman|person)?|director|head|manager|engineer|lead|officer|partner|principal|consultant|specialist|executive|representative|rep|buyer|purchasing|procurement|analyst|architect|owner|secretary|assistant|coordinator|administrator|supervisor|advisor|adviser|associate|accountant|counsel|designer|developer|scientist|strategist)\b/i;
/** Chinese titles end in a rank or role word: 采购经理, 销售总监, 高级工程师, 董事长. */
const ZH_TITLE = /(经理|总监|总裁|总经理|主管|主任|工程师|董事长|董事|专员|顾问|创始人|合伙人|负责人|助理|秘书|代表|会计|部长|处长|科长|厂长|院长|总工|总师|CEO|CTO|CFO|COO|VP)$/;
/** Legal forms that end a company name (the line is the employer, not the person). */
const COMPANY_END =
  /(?:有限公司|有限责任公司|股份有限公司|集团|公司|研究院|事务所|\b(?:inc|ltd|llc|llp|plc|gmbh|corp|corporation|limited|co|company|ag|s\.?a|b\.?v|pty|group|holdings)\.?)$/i;
/** Lines that carry contact details, a label, or a disclaimer rather than who the person is. */
const DETAIL = /@|https?:\/\/|www\.|\d{3}|[:：]|^(?:tel|phone|mobile|cell|fax|email|e-mail|web|address|电话|手机|传真|邮箱|地址|网址)\b/i;
/** Sign-offs that look like capitalised names ("Kind Regards"). */
const SIGN_OFF = /^(?:best|kind|warm|warmest|regards|thanks|thank|many|cheers|sincerely|yours|all)\b/i;
const SEGMENT_SEPARATOR = /\s*[|｜·•,，]\s*|\s+[-–—]\s+/;
const CJK_NAME = /^[\u4e00-\u9fff·]{2,5}$/;
const LATIN_NAME = /^(?:[A-Z][a-zA-Z'’.-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’.-]*|[A-Z]\.|van|von|de|da|der|den|le|la|du|bin|al)){1,3}$/;

/**
 * Reads a signature block's lines for the person: the name (or the one the mail header gave),
 * the job title and the employer. Plain heuristics over at most 12 short lines: a line or
 * segment with a title word is the title, one ending in a legal form is the company, and a
 * name-shaped first line is the name. Nothing found → empty object, never a guess from detail lines.
 */
export function personFromSignature(text: string, knownName?: string): SignaturePerson {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line.length <= 120)
    .slice(0, 12);
  const person: SignaturePerson = {};
  for (const line of lines) {
    if (DETAIL.test(line) && !COMPANY_END.test(line)) continue;
    for (const segment of line.split(SEGMENT_SEPARATOR).map((part) => part.trim()).filter(Boolean)) {
      if (!person.company && COMPANY_END.test(segment) && segment.length >= 3) person.company = clip(segment);
      else if (!person.title && isTitle(segment)) person.title = clip(segment);
      else if (!person.name && looksLikeName(segment, knownName)) person.name = clip(segment);
    }
  }
  if (knownName && looksLikeName(knownName)) person.name = clip(knownName);
  return person;
}

function isTitle(segment: string): boolean {
  if (segment.length > 60 || /\d/.test(segment)) return false;
  return ZH_TITLE.test(segment) || (EN_TITLE.test(segment) && segment.split(/\s+/).length <= 7);
}

/** Two to five Chinese characters, or two to four capitalised words (or the header's name). */
export function looksLikeName(segment: string, knownName?: string): boolean {
  if (knownName && segment.toLowerCase() === knownName.toLowerCase()) return true;
  if (segment.includes('@') || /\d/.test(segment) || SIGN_OFF.test(segment)) return false;
  return CJK_NAME.test(segment) || LATIN_NAME.test(segment);
}

const clip = (text: string) => text.slice(0, LIMITS.shortText);

/** `jane.doe@x.com` → `Jane Doe`: a contact name when an address is all we have. */
export function nameFromEmailAddress(address: string): string {
  const local = address.slice(0, address.indexOf('@'));
  const words = local.split(/[._-]+/).filter((word) => /^[a-z]+$/i.test(word));
  if (words.length === 0) return local.slice(0, LIMITS.shortText);
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()).join(' ').slice(0, LIMITS.shortText);
}
