import type { PageInput } from './candidate';
import { guessPhoneRegion } from './phoneRegion';
import { indexPage, type PageIndex } from './pageIndex';

/** What every extractor reads, built once per capture. Throws for a URL that is not http(s). */
export function pageInputFor(doc: Document, url: string, root?: Element | DocumentFragment): PageInput {
  const pageUrl = new URL(url);
  if (pageUrl.protocol !== 'http:' && pageUrl.protocol !== 'https:') throw new TypeError('extraction needs an http(s) URL');
  let index: PageIndex | undefined;
  // Lazy: a page that breaks `document.body` fails the extractors that need the index, not the capture.
  const pageIndex = () => (index ??= indexPage(root ?? doc));
  return {
    doc,
    root: root ?? doc,
    url: pageUrl,
    isSelection: root !== undefined,
    phoneRegion: guessPhoneRegion(pageLanguage(doc), pageUrl.hostname),
    index: pageIndex,
    textBlocks: () => pageIndex().textBlocks,
  };
}

function pageLanguage(doc: Document): string | null {
  try {
    return doc.documentElement?.getAttribute('lang') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || null;
  } catch {
    return null;
  }
}
