export type SocialNetwork = 'linkedin' | 'x' | 'facebook' | 'github' | 'wechat' | 'weibo';

export interface SocialProfile {
  network: SocialNetwork;
  /** Canonical profile URL, so the same profile linked twice merges into one value. */
  url: string;
}

/** First path segments that are features of the network, not profiles (share buttons, login …). */
const RESERVED: Readonly<Record<string, ReadonlySet<string>>> = {
  x: new Set(['share', 'intent', 'home', 'search', 'hashtag', 'i', 'login', 'signup', 'explore', 'settings', 'privacy', 'tos', 'notifications', 'messages', 'compose']),
  facebook: new Set(['sharer', 'sharer.php', 'share.php', 'dialog', 'plugins', 'tr', 'login', 'login.php', 'policies', 'privacy', 'help', 'events', 'groups', 'watch', 'hashtag', 'photo.php', 'story.php', 'permalink.php']),
  github: new Set(['about', 'features', 'login', 'join', 'pricing', 'topics', 'explore', 'marketplace', 'sponsors', 'orgs', 'settings', 'search', 'site', 'security', 'enterprise', 'contact', 'collections', 'trending']),
  weibo: new Set(['login.php', 'signup', 'share', 'search', 'a']),
};

/**
 * The company or person profile a link points to, or null for share buttons, posts and other
 * non-profile links (issue #3: LinkedIn, X/Twitter, Facebook, GitHub, WeChat, Weibo).
 */
export function socialProfileFor(href: string): SocialProfile | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase() ?? '';

  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
    const kind = first;
    const slug = segments[1];
    if (!slug || !/^[\w%.\-]{1,100}$/.test(slug) || !['company', 'in', 'school', 'showcase'].includes(kind)) return null;
    return { network: 'linkedin', url: `https://www.linkedin.com/${kind}/${slug}` };
  }
  if (host === 'twitter.com' || host === 'x.com') {
    if (!/^[a-z0-9_]{1,15}$/i.test(first) || RESERVED.x!.has(first)) return null;
    return { network: 'x', url: `https://x.com/${segments[0]}` };
  }
  if (host === 'facebook.com' || host === 'fb.com') {
    if (first === 'profile.php') {
      const id = url.searchParams.get('id');
      return id && /^\d{1,20}$/.test(id) ? { network: 'facebook', url: `https://www.facebook.com/profile.php?id=${id}` } : null;
    }
    if (first === 'pages' && segments.length >= 2) return { network: 'facebook', url: `https://www.facebook.com/${segments.slice(0, 3).join('/')}` };
    if (!/^[a-z0-9.\-]{2,80}$/i.test(first) || RESERVED.facebook!.has(first)) return null;
    return { network: 'facebook', url: `https://www.facebook.com/${segments[0]}` };
  }
  if (host === 'github.com') {
    if (!/^[a-z0-9](?:[a-z0-9-]{0,38})$/i.test(first) || RESERVED.github!.has(first)) return null;
    return { network: 'github', url: `https://github.com/${segments[0]}` };
  }
  if (host === 'weibo.com' || host === 'weibo.cn') {
    if (!first || RESERVED.weibo!.has(first)) return null;
    const path = (first === 'u' || first === 'n') && segments[1] ? `${first}/${segments[1]}` : segments[0];
    return /^[\w./%\-]{1,80}$/.test(path ?? '') ? { network: 'weibo', url: `https://weibo.com/${path}` } : null;
  }
  // WeChat official accounts are usually a QR image; a weixin.qq.com/r/… link is the profile.
  if (host === 'weixin.qq.com' && first === 'r' && segments[1]) {
    const code = segments[1] === 'mp' && segments[2] ? `mp/${segments[2]}` : segments[1];
    return /^[\w/\-]{1,80}$/.test(code) ? { network: 'wechat', url: `https://weixin.qq.com/r/${code}` } : null;
  }
  return null;
}
