/** Code units of the keys compared when interpolating: 3 × 16 bits stay exact in a double. */
const WIDTH = 3;
const BASE = 0x1_0000;

function codeUnits(key: string, from: number): number {
  let value = 0;
  for (let i = 0; i < WIDTH; i++) value = value * BASE + (from + i < key.length ? key.charCodeAt(from + i) : 0);
  return value;
}

function fromCodeUnits(value: number): string {
  const units: number[] = [];
  for (let i = 0; i < WIDTH; i++) {
    let unit = value % BASE;
    // No lone surrogates in a key: step over them (any boundary is correct, only balance moves).
    if (unit >= 0xd800 && unit <= 0xdfff) unit = 0xe000;
    units.unshift(unit);
    value = Math.floor(value / BASE);
  }
  return String.fromCharCode(...units).replace(/\0+$/, '');
}

/**
 * Keys that cut `[first, last]` into about `parts` ranges, by interpolating the code units after the
 * keys' common prefix. Ids are random (UUIDs) or numbered (`acc-123`), so the ranges come out about
 * even; they need not be: any sorted boundaries, with the ranges before the first and after the
 * last, cover every key exactly once (see `rangesBetween`).
 */
export function splitKeys(first: string, last: string, parts: number): string[] {
  let common = 0;
  while (common < first.length && common < last.length && first[common] === last[common]) common++;
  const low = codeUnits(first, common);
  const high = codeUnits(last, common) + 1;
  const prefix = first.slice(0, common);
  const bounds: string[] = [];
  for (let part = 1; part < parts; part++) {
    const bound = prefix + fromCodeUnits(Math.floor(low + ((high - low) * part) / parts));
    if (bound > first && bound <= last && (bounds.length === 0 || bound > bounds[bounds.length - 1]!)) bounds.push(bound);
  }
  return bounds;
}

/** `(-∞, b0)`, `[b0, b1)`, …, `[bn, +∞)`: every key in exactly one range, in key order. */
export function rangesBetween(bounds: readonly string[]): Array<IDBKeyRange | null> {
  if (bounds.length === 0) return [null];
  const ranges: Array<IDBKeyRange | null> = [IDBKeyRange.upperBound(bounds[0]!, true)];
  for (let i = 1; i < bounds.length; i++) ranges.push(IDBKeyRange.bound(bounds[i - 1]!, bounds[i]!, false, true));
  ranges.push(IDBKeyRange.lowerBound(bounds[bounds.length - 1]!));
  return ranges;
}
