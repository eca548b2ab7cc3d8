/** A dirty set inside a write transaction: what clearAnsweredMarks uses of it. */
export interface MarkStore {
  getAllKeys(): Promise<string[]>;
  getAll(): Promise<number[]>;
  clear(): Promise<unknown>;
  put(value: number, key: string): Promise<unknown>;
}

/**
 * Clears every mark still holding the value `answered` has for it (a rebuild read the records
 * after reading these marks; a mark written since has a new value and stays): clears the store and
 * puts back the others, a handful, not one delete per mark (a bulk change leaves tens of thousands).
 */
export async function clearAnsweredMarks(marks: MarkStore, answered: ReadonlyMap<string, number | undefined>): Promise<void> {
  const [ids, values] = await Promise.all([marks.getAllKeys(), marks.getAll()]);
  const kept = ids.flatMap((id, i) => (answered.get(id) === values[i] ? [] : [[id, values[i]!] as const]));
  if (kept.length === ids.length) return;
  await Promise.all([marks.clear(), ...kept.map(([id, value]) => marks.put(value, id))]);
}
