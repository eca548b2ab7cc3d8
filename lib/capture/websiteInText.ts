import { accountDomainFor } from '../match/domain';
import { isPersonalMailDomain } from '../match/personalDomains';
import { socialProfileFor } from '../extract/socialProfile';

/** Past this a selection or signature is not read further for a website. */
const MAX_TEXT = 20_000;
const MAX_TOKEN = 300;

/**
 * The company website a signature or selection names in plain text ("www.huaxin-mfg.cn",
 * "https://northwind-logistics.com/en"), as an origin and its account domain. Social profiles
 * and mail providers are not a company's site. Token by token, no pattern over the whole text.
 */
export function websiteInText(text: string): { website: string; domain: string } | null {
  for (const raw of text.slice(0, MAX_TEXT).split(/[\s,;，；、|｜<>()（）"'“”]+/)) {
    let end = Math.min(raw.length, MAX_TOKEN);
    while (end > 0 && '.。:：'.includes(raw[end - 1]!)) end -= 1;
    const token = raw.slice(0, end);
    const lower = token.toLowerCase();
    if (!lower.startsWith('www.') && !lower.startsWith('http://') && !lower.startsWith('https://')) continue;
    const href = lower.startsWith('www.') ? `https://${token}` : token;
    if (!URL.canParse(href)) continue;
    const url = new URL(href);
    const domain = accountDomainFor(url.href);
    if (!domain || isPersonalMailDomain(domain) || socialProfileFor(url.href)) continue;
    return { website: `https://${url.hostname}`, domain };
  }
  return null;
}
