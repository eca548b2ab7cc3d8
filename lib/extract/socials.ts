import { describeElement } from './describeElement';
import { socialProfileFor } from './socialProfile';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';

const MAX_LINKS = 1_500;
/** Profile links longer than this are tracking URLs, not a profile: read no further. */
const MAX_HREF_CHARS = 2_048;

/**
 * Social profile links (LinkedIn, X/Twitter, Facebook, GitHub, WeChat, Weibo), share buttons
 * excluded. Company profiles in the site's header or footer rank above profiles mentioned in
 * articles; personal LinkedIn profiles rank lowest (they are people, not the account).
 */
export function extractSocialLinks(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  for (const { element: link, href: fullHref } of input.links().slice(0, MAX_LINKS)) {
    if (input.outOfTime()) break;
    const href = fullHref.length > MAX_HREF_CHARS ? fullHref.slice(0, MAX_HREF_CHARS) : fullHref;
    if (!/(linkedin|twitter|x\.com|facebook|fb\.com|github|weibo|weixin)/i.test(href)) continue;
    const profile = socialProfileFor(href);
    if (!profile) continue;
    const chrome = input.context.chrome(link);
    const personal = profile.url.startsWith('https://www.linkedin.com/in/');
    const confidence = (chrome ? 0.7 : 0.5) - (personal ? 0.25 : 0);
    candidates.push({ field: 'socials', value: profile.url, confidence, extractor: 'socials', element: describeElement(link), kind: profile.network });
  }
  return extraction(candidates);
}
