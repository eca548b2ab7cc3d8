/** How deep record data may nest; the models nest 4 levels, this leaves room for new fields. */
export const MAX_DATA_DEPTH = 32;

/**
 * What PostgreSQL cannot store, found before it fails there as a 500: U+0000 and unpaired UTF-16
 * surrogates (valid in JSON, refused by text and jsonb), and nesting deep enough to exhaust a stack.
 * Returns `path: problem` for the first one, or null. Iterative, so hostile depth cannot crash it.
 */
export function findUnstorable(value: unknown, maxDepth = MAX_DATA_DEPTH): string | null {
  const stack: Array<[unknown, string, number]> = [[value, '', 0]];
  while (stack.length > 0) {
    const [current, path, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (!storable(current)) return `${path || '(root)'}: text must not contain NUL or unpaired surrogates`;
    } else if (current !== null && typeof current === 'object') {
      if (depth >= maxDepth) return `${path || '(root)'}: nested too deeply`;
      const entries = Array.isArray(current) ? current.map((item, index) => [String(index), item] as const) : Object.entries(current);
      for (const [key, item] of entries) {
        if (!storable(key)) return `${join(path, '(key)')}: text must not contain NUL or unpaired surrogates`;
        stack.push([item, join(path, key), depth + 1]);
      }
    }
  }
  return null;
}

function storable(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

function join(path: string, part: string): string {
  return path ? `${path}.${part}` : part;
}
