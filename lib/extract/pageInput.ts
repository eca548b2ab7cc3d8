import type { LinkHref, PageInput } from './candidate';
import { guessPhoneRegion } from './phoneRegion';
import { indexPage, DEFAULT_INDEX_LIMITS, type PageIndex } from './pageIndex';
import { contactContext } from './contactContext';
import type { Deadline } from './deadline';

/** What every extractor reads, built once per capture. Throws for a URL that is not http(s). */
export function pageInputFor(doc: Document, url: string, root?: Element | DocumentFragment, limit?: Deadline): PageInput {
  const pageUrl = new URL(url);
  if (pageUrl.protocol !== 'http:' && pageUrl.protocol !== 'https:') throw new TypeError('extraction needs an http(s) URL');
  let index: PageIndex | undefined;
  // Lazy: a page that breaks `document.body` fails the extractors that need the index, not the capture.
  const outOfTime = limit ? () => limit.passed() : () => false;
  const pageIndex = () => (index ??= indexPage(root ?? doc, DEFAULT_INDEX_LIMITS, outOfTime));
  let links: LinkHref[] | undefined;
  const pageLinks = () => (links ??= pageIndex().anchors.map((element) => ({ element, href: element.getAttribute('href') ?? '' })));
  return {
    doc,
    root: root ?? doc,
    url: pageUrl,
    isSelection: root !== undefined,
    phoneRegion: guessPhoneRegion(pageLanguage(doc), pageUrl.hostname),
    index: pageIndex,
    links: pageLinks,
    textBlocks: () => pageIndex().textBlocks,
    context: contactContext(),
    outOfTime,
  };
}

function pageLanguage(doc: Document): string | null {
  try {
    return doc.documentElement?.getAttribute('lang') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || null;
  } catch {
    return null;
  }
}
