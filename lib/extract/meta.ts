import { cleanText } from './cleanText';
import { describeElement } from './describeElement';
import { absoluteHttpUrl } from './absoluteUrl';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';
import type { DraftField } from '../model/leadDraft';

interface MetaRule {
  /** `name` or `property` value, lower-case. */
  key: string;
  field: DraftField;
  confidence: number;
}

/** Which meta tags say what, and how much to trust each. */
const META_RULES: readonly MetaRule[] = [
  { key: 'og:site_name', field: 'name', confidence: 0.8 },
  { key: 'application-name', field: 'name', confidence: 0.7 },
  { key: 'apple-mobile-web-app-title', field: 'name', confidence: 0.5 },
  { key: 'description', field: 'description', confidence: 0.7 },
  { key: 'og:description', field: 'description', confidence: 0.65 },
  { key: 'twitter:description', field: 'description', confidence: 0.6 },
  { key: 'og:logo', field: 'logo', confidence: 0.7 },
  // og:image is usually a share picture, not a logo: a weak hint only.
  { key: 'og:image', field: 'logo', confidence: 0.2 },
];

/** Icon links, best logo first (apple-touch-icon is larger than a favicon). */
const ICON_RULES: ReadonlyArray<{ rel: string; confidence: number }> = [
  { rel: 'apple-touch-icon', confidence: 0.4 },
  { rel: 'icon', confidence: 0.3 },
];

const MAX_META = 300;
const MAX_HEAD_LINKS = 300;

/** OpenGraph, Twitter and standard meta tags: site name, description, logo, X handle. */
export function extractMeta(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  const rulesByKey = new Map(META_RULES.map((rule) => [rule.key, rule]));
  const { metas, headLinks } = input.index();
  for (const meta of metas.slice(0, MAX_META)) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (key === 'twitter:site' || key === 'twitter:creator') {
      const handle = xHandle(content);
      if (handle) candidates.push(socialCandidate(handle, meta, key === 'twitter:site' ? 0.7 : 0.3));
      continue;
    }
    const rule = rulesByKey.get(key);
    if (!rule) continue;
    const value = rule.field === 'logo' ? absoluteHttpUrl(content, input.url) : cleanText(content, rule.field === 'name' ? 200 : 2_000);
    if (value) candidates.push({ field: rule.field, value, confidence: rule.confidence, extractor: 'meta', element: describeElement(meta) });
  }
  for (const link of headLinks.slice(0, MAX_HEAD_LINKS)) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const rule = ICON_RULES.find(({ rel }) => rels.includes(rel));
    const value = rule ? absoluteHttpUrl(link.getAttribute('href'), input.url) : null;
    if (rule && value) candidates.push({ field: 'logo', value, confidence: rule.confidence, extractor: 'meta', element: describeElement(link) });
  }
  return extraction(candidates);
}

/** `@acme` or `https://twitter.com/acme` → `acme`. */
function xHandle(content: string | null): string | null {
  const text = cleanText(content ?? '', 200);
  const match = /^(?:@|https?:\/\/(?:www\.)?(?:twitter|x)\.com\/)?([A-Za-z0-9_]{1,15})\/?$/.exec(text);
  return match ? match[1]! : null;
}

function socialCandidate(handle: string, meta: Element, confidence: number): Candidate {
  return { field: 'socials', value: `https://x.com/${handle}`, confidence, extractor: 'meta', element: describeElement(meta), kind: 'x' };
}
