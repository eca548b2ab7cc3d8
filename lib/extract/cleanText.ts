/**
 * Control characters (keeping tab/newline for the whitespace pass), zero-width characters and
 * the bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) that can make a
 * value display as something else (issue #3, bad input).
 */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const WHITESPACE = /[\s\u00A0\u3000]+/g;

/**
 * Untrusted page text → one clean line of plain text, at most `maxLength` characters.
 * Works on a bounded prefix first so a multi-megabyte attribute costs nothing.
 */
export function cleanText(raw: unknown, maxLength: number): string {
  if (typeof raw !== 'string') return '';
  const bounded = raw.length > maxLength * 4 + 1_000 ? raw.slice(0, maxLength * 4 + 1_000) : raw;
  const clean = bounded.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
  return truncate(clean, maxLength);
}

/**
 * `text` without any of `leading` at its start or `trailing` at its end. A loop, not
 * `/[…]+$/`: an unanchored run-to-the-end pattern rescans a long run from each of its characters.
 */
export function trimChars(text: string, leading: string, trailing: string = leading): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.includes(text[start]!)) start += 1;
  while (end > start && trailing.includes(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}

/** Cuts at `maxLength` without leaving half a surrogate pair behind. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, maxLength);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd();
}
