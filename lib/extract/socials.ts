import { describeElement } from './describeElement';
import { socialProfileFor } from './socialProfile';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';

const MAX_LINKS = 1_500;
/** Where a site links its own profiles: header, footer, contact blocks, "follow us" lists. */
const SITE_CHROME = 'header, footer, nav, [role="contentinfo"], [role="banner"], [class*="social" i], [id*="social" i], [class*="footer" i], [id*="footer" i], [class*="contact" i], [class*="follow" i]';

/**
 * Social profile links (LinkedIn, X/Twitter, Facebook, GitHub, WeChat, Weibo), share buttons
 * excluded. Company profiles in the site's header or footer rank above profiles mentioned in
 * articles; personal LinkedIn profiles rank lowest (they are people, not the account).
 */
export function extractSocialLinks(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  for (const link of input.index().anchors.slice(0, MAX_LINKS)) {
    const href = link.getAttribute('href') ?? '';
    if (!/(linkedin|twitter|x\.com|facebook|fb\.com|github|weibo|weixin)/i.test(href)) continue;
    const profile = socialProfileFor(href);
    if (!profile) continue;
    let chrome = false;
    try {
      chrome = link.closest(SITE_CHROME) !== null;
    } catch {
      chrome = false;
    }
    const personal = profile.url.startsWith('https://www.linkedin.com/in/');
    const confidence = (chrome ? 0.7 : 0.5) - (personal ? 0.25 : 0);
    candidates.push({ field: 'socials', value: profile.url, confidence, extractor: 'socials', element: describeElement(link), kind: profile.network });
  }
  return extraction(candidates);
}
