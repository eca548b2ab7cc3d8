import { cleanText } from './cleanText';

/** An http(s) URL resolved against the page, or null: no `javascript:`, `data:` or junk. */
export function absoluteHttpUrl(raw: string | null | undefined, base: URL): string | null {
  const text = cleanText(raw ?? '', 2_000);
  if (!text) return null;
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href.length <= 2_000 ? url.href : null;
  } catch {
    return null;
  }
}
