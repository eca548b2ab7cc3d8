/**
 * `text` cut to at most `max` characters, ending in "…" when cut, never leaving half a surrogate
 * pair (an emoji or a rare Han character) behind. For untrusted or long text shown in one line.
 */
export function withEllipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}
