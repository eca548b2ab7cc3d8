import type { Script } from '../model';
import { searchKeywordsFor } from './searchKeywords';
import { cjkBigramsOf, latinWordsOf, normalizeForSearch } from './searchText';
import { wordId } from './searchVocabulary';

/** One searchable field of a script, prepared once. */
export type IndexedField = {
  weight: number;
  normalized: string;
  /** Distinct Latin words, as ids from searchVocabulary.ts. */
  wordIds: Int32Array;
  cjkBigrams: ReadonlySet<string>;
};

export type IndexedScript = { title: IndexedField; keywords: IndexedField; body: IndexedField };

/** Title outranks tags, tags outrank body. */
const WEIGHTS = { title: 3, keywords: 2, body: 1 } as const;

// Scripts are immutable records (recordUse returns a new one), so the object is the cache key
// and a changed script is simply indexed again.
const cache = new WeakMap<Script, IndexedScript>();

export function indexedScript(script: Script): IndexedScript {
  let indexed = cache.get(script);
  if (!indexed) {
    indexed = {
      title: indexField(script.title, WEIGHTS.title),
      keywords: indexField(searchKeywordsFor(script), WEIGHTS.keywords),
      body: indexField(script.body, WEIGHTS.body),
    };
    cache.set(script, indexed);
  }
  return indexed;
}

function indexField(text: string, weight: number): IndexedField {
  const normalized = normalizeForSearch(text);
  const wordIds = Int32Array.from(new Set(latinWordsOf(normalized)), wordId);
  return { weight, normalized, wordIds, cjkBigrams: cjkBigramsOf(normalized) };
}
