import { cleanText } from './cleanText';
import { extraction, type Extraction, type PageInput } from './candidate';
import { accountDomainFor } from '../match/domain';

/** How titles join page and site names: "Contact | Acme", "Acme - Widgets", "关于我们_某某科技" (cleanText made every space run one space). */
const TITLE_SEPARATORS = / [|\-–—·:•»] | ?[|｜_] ?| ?—— ?| ?- ?(?=[\u4e00-\u9fff])/;

/** Page words titles put before the company: "Contact Acme Robotics", "Welcome to Acme". */
const LEADING_PAGE_WORDS = /^(?:contact(?: us)?|about(?: us)?|welcome to|get in touch with|talk to|meet)\s+(?=\S)/i;
/** Segments that name the page, not the company. */
const GENERIC_SEGMENT =
  /^(home|homepage|welcome|contact( us)?|about( us)?|our team|team|careers|jobs|products?|services|solutions|blog|news|login|sign in|首页|主页|联系我们|关于我们|公司简介|产品中心|新闻中心|加入我们|官网|官方网站)$/i;

/**
 * A fallback company name from the page title: the segment that looks like the domain's label,
 * else the last non-generic segment (sites usually append their name). Low confidence: titles
 * are written for search engines, not for reps.
 */
export function extractTitleName(input: PageInput): Extraction {
  if (input.isSelection) return extraction([]);
  const title = cleanText(input.doc.title, 500);
  if (!title) return extraction([]);
  const segments = title
    .split(TITLE_SEPARATORS)
    .map((segment) => segment.trim().replace(LEADING_PAGE_WORDS, ''))
    .filter((segment) => segment.length > 1 && segment.length <= 80 && !GENERIC_SEGMENT.test(segment));
  if (segments.length === 0) return extraction([]);

  const label = domainLabel(input.url.href);
  const matching = label ? segments.find((segment) => squash(segment).includes(label)) : undefined;
  const chosen = matching ?? segments[segments.length - 1]!;
  const confidence = matching ? 0.5 : segments.length > 1 ? 0.3 : 0.25;
  return extraction([{ field: 'name', value: cleanText(chosen, 200), confidence, extractor: 'title', element: 'title' }]);
}

/** `www.acme-robotics.co.uk` → `acmerobotics`. */
function domainLabel(url: string): string | undefined {
  const domain = accountDomainFor(url);
  const label = domain?.split('.')[0];
  return label && label.length >= 3 ? squash(label) : undefined;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
