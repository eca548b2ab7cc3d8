import { boundedEditDistance } from './editDistance';
import type { IndexedField } from './scriptIndex';
import { vocabularySize, wordWithId } from './searchVocabulary';

/**
 * How well one query term matches one field, 0..1 times the field's weight. Scores, best
 * first: the whole word, a word's start (the rep is still typing), inside a word, one or
 * two typos, letters in order in the title ("pth" → "price too high").
 */
const SCORE = { word: 1, prefix: 0.9, substring: 0.7, typo: 0.6, typoPrefix: 0.5, subsequence: 0.3 } as const;
const HAS_DIGIT = /\d/;
const NOT_SCORED = -1;

/**
 * One term's score for each vocabulary word, computed on first need: 1,000 scripts share a
 * vocabulary of a few thousand words. Create after the scripts are indexed.
 */
export type TermScores = { term: string; scores: Float32Array };

export function termScoresFor(term: string): TermScores {
  return { term, scores: new Float32Array(vocabularySize()).fill(NOT_SCORED) };
}

/** Typos allowed for a term: none for short ones, where one edit turns a word into another. */
function allowedTypos(term: string): number {
  if (HAS_DIGIT.test(term)) return 0;
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

function latinWordScore(term: string, word: string): number {
  if (word === term) return SCORE.word;
  if (term.length >= 2 && word.startsWith(term)) return SCORE.prefix;
  // A term is letters and digits only, so inside a field's text it can only sit inside one word:
  // asking each vocabulary word once replaces scanning every script's body on every keystroke.
  if (term.length >= 3 && word.includes(term)) return SCORE.substring;
  const typos = allowedTypos(term);
  // Numbers and codes are not misspelt words: "2024" must not match "2025".
  if (typos === 0 || HAS_DIGIT.test(word)) return 0;
  const whole = boundedEditDistance(term, word, typos);
  if (whole <= typos) return SCORE.typo - 0.05 * whole;
  if (word.length > term.length && boundedEditDistance(term, word.slice(0, term.length), typos) <= typos) {
    return SCORE.typoPrefix;
  }
  return 0;
}

export function latinTermScore(termScores: TermScores, field: IndexedField, allowSubsequence: boolean): number {
  const { term, scores } = termScores;
  let best = 0;
  for (const id of field.wordIds) {
    let score = scores[id] ?? NOT_SCORED;
    if (score === NOT_SCORED) {
      score = latinWordScore(term, wordWithId(id));
      scores[id] = score;
    }
    if (score > best) {
      best = score;
      if (best === SCORE.word) break;
    }
  }
  if (best === 0 && allowSubsequence && term.length >= 3 && isSubsequence(term, field.normalized)) best = SCORE.subsequence;
  return best * field.weight;
}

/**
 * A CJK run against a script's fields: a substring scores the field's weight; otherwise the
 * share of the run's bigrams found anywhere in the script (at least half), weighted by the
 * field holding most of them. Chinese queries are phrases, not words, so partial cover counts.
 */
export function cjkTermScore(term: string, fields: readonly IndexedField[]): number {
  let best = 0;
  for (const field of fields) if (field.normalized.includes(term)) best = Math.max(best, field.weight);
  if (best > 0 || term.length < 3) return best;
  const bigramCount = term.length - 1;
  const covered = new Set<number>();
  let weight = 0;
  let mostHits = 0;
  for (const field of fields) {
    let hits = 0;
    for (let i = 0; i < bigramCount; i += 1) {
      if (field.cjkBigrams.has(term.slice(i, i + 2))) {
        hits += 1;
        covered.add(i);
      }
    }
    if (hits > mostHits) {
      mostHits = hits;
      weight = field.weight;
    }
  }
  const coverage = covered.size / bigramCount;
  return coverage >= 0.5 ? 0.8 * coverage * weight : 0;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}
