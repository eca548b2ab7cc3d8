import { hitsOf, type Bit, type Hits, type TextTest } from './leafBits';
import { normaliseText } from './normaliseText';

/** What one raw text of a field means for the rules. */
export interface TextVerdict {
  /** False for blank text, which counts as missing. */
  readonly known: boolean;
  /** The bits that the field's text tests that pass set. */
  readonly hits: Hits;
}

const REMEMBERED_TEXTS = 4_096;

/**
 * The text tests of one field, decided once per distinct raw value: a re-scoring meets the same
 * few hundred industries, regions and tags again and again, and one lookup then replaces
 * normalising the text (a scan plus a lower-cased copy) and running each test on it. Bounded: the
 * verdicts are forgotten when full, never grow with the store.
 */
export class FieldTexts {
  private readonly verdicts = new Map<string, TextVerdict>();

  constructor(private readonly tests: readonly TextTest[]) {}

  verdictOf(raw: string): TextVerdict {
    let verdict = this.verdicts.get(raw);
    if (verdict === undefined) {
      verdict = this.decide(normaliseText(raw));
      if (this.verdicts.size >= REMEMBERED_TEXTS) this.verdicts.clear();
      this.verdicts.set(raw, verdict);
    }
    return verdict;
  }

  private decide(text: string): TextVerdict {
    if (text === '') return { known: false, hits: [] };
    const bits: Bit[] = [];
    for (const test of this.tests) {
      if (!test.matches(text)) continue;
      for (let at = 0; at < test.hits.length; at += 2) bits.push({ word: test.hits[at]!, mask: test.hits[at + 1]! });
    }
    return { known: true, hits: hitsOf(bits) };
  }
}
