/**
 * Text compares trimmed and case-insensitively: "SaaS " and "saas" are the same industry.
 * `toLowerCase` and `trim` allocate and, on Chinese text, leave V8's fast path, which made
 * them the costliest part of a scoring; so they run only when a character could change.
 */
export function normaliseText(value: string): string {
  const lower = mayHaveUpperCase(value) ? value.toLowerCase() : value;
  return lower.length > 0 && (isSpace(lower.charCodeAt(0)) || isSpace(lower.charCodeAt(lower.length - 1))) ? lower.trim() : lower;
}

/** False only when every character is caseless: ASCII other than A–Z, or CJK and Hangul. */
function mayHaveUpperCase(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 65) continue;
    if (code <= 90) return true;
    if (code < 128 || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) continue;
    return true;
  }
  return false;
}

/** True for "", "  " and "\u3000" (the full-width space Chinese input methods type). */
export function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (!isSpace(value.charCodeAt(index))) return false;
  return true;
}

/** The characters String#trim removes, tested without a regular expression. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
