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

/**
 * findUnstorable for a value whose JSON.stringify text is at hand (a push has it for every
 * record), without walking the value when the text shows there is nothing to find: JSON.stringify
 * writes U+0000 and every unpaired surrogate as a `\u` escape, so text without `\u` has neither;
 * and its brackets outside strings give the nesting depth. Anything else (a `\u`, which may also be
 * an escaped backslash before a `u`, or deep nesting) takes the walk, which says where the problem is.
 */
export function findUnstorableJson(value: unknown, json: string, maxDepth = MAX_DATA_DEPTH): string | null {
  if (json.includes('\\u') || jsonDepth(json) > maxDepth) return findUnstorable(value, maxDepth);
  return null;
}

/** Deepest nesting of `{` and `[` in JSON text, outside strings. Linear, one pass. */
function jsonDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}
