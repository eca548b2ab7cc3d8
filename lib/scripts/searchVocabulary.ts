/**
 * Every distinct Latin word of the indexed scripts gets a number, so a search scores each
 * word once (in an array indexed by that number) however many scripts contain it. Grows with
 * the words of the library; a team library is bounded (LIMITS in lib/model/common.ts).
 */
const idByWord = new Map<string, number>();
const words: string[] = [];

export function wordId(word: string): number {
  let id = idByWord.get(word);
  if (id === undefined) {
    id = words.length;
    words.push(word);
    idByWord.set(word, id);
  }
  return id;
}

export function wordWithId(id: number): string {
  return words[id] ?? '';
}

export function vocabularySize(): number {
  return words.length;
}
