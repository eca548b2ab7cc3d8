import type { DraftField } from '../model/leadDraft';
import type { CountryCode } from '../match/phone';
import type { PageIndex, TextBlock } from './pageIndex';
import type { ContactContext } from './contactContext';

/** What every extractor reads: the page, where to look in it, and what we guessed about it. */
export interface PageInput {
  readonly doc: Document;
  /** The whole document, or the rep's selection (a fragment) when capturing a selection. */
  readonly root: ParentNode;
  readonly url: URL;
  readonly isSelection: boolean;
  /** Region for national phone numbers, guessed from `<html lang>` and the TLD. */
  readonly phoneRegion: CountryCode | undefined;
  /** One bounded walk of `root`: visible text and the elements extractors read, computed once. */
  readonly index: () => PageIndex;
  /**
   * The index's links with their `href` (empty when absent), read once for every extractor that
   * looks at links (contact links and social profiles each used to read every one).
   */
  readonly links: () => readonly LinkHref[];
  /** Visible text of `root` in blocks (from the index). */
  readonly textBlocks: () => readonly TextBlock[];
  /** Where an element sits (contact block, sidebar, site chrome), remembered for the capture. */
  readonly context: ContactContext;
  /**
   * True once the running extractor's share of the capture's time is spent: it stops and returns
   * what it has (the capture then warns that fields may be missing).
   */
  readonly outOfTime: () => boolean;
}

/** A link of the page and its `href` attribute as written. */
export interface LinkHref {
  readonly element: Element;
  readonly href: string;
}

/** One value one extractor found for one field, before merging. */
export interface Candidate {
  field: DraftField;
  value: string;
  confidence: number;
  extractor: string;
  /** Short description of the element it came from. */
  element?: string;
  kind?: string;
}

/** An extractor's answer: candidates plus non-fatal warnings (message keys). */
export interface Extraction {
  candidates: Candidate[];
  warnings: string[];
}

export type Extractor = (input: PageInput) => Extraction;

export function extraction(candidates: Candidate[], warnings: string[] = []): Extraction {
  return { candidates, warnings };
}
