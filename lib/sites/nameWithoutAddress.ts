import { emailAddressesIn } from './emailAddresses';

/**
 * A sender's name from text that also holds the address ("王芳<wang.fang@…>", "From: Ann <ann@…>",
 * Gmail's `name` attribute): the address cut out wherever it sits, brackets and list separators
 * dropped. Loops and single-character classes only: this runs on whatever text a webmail shows.
 * `email` is lower case, as `emailAddressesIn` gives it.
 */
export function nameWithoutAddress(text: string, email: string): string {
  const lower = text.toLowerCase();
  let rest = '';
  let from = 0;
  for (let at = lower.indexOf(email); at >= 0; at = lower.indexOf(email, from)) {
    rest += `${text.slice(from, at)} `;
    from = at + email.length;
  }
  rest += text.slice(from);
  const name = rest
    .replace(/[<>()"[\]]/g, ' ')
    .split(/\s+/)
    .filter((word) => emailAddressesIn(word).length === 0)
    .join(' ');
  return trimSeparators(name);
}

/** Without the list separators around a name; a loop, as `/[,;:]+$/` backtracks on long runs. */
function trimSeparators(text: string): string {
  const separator = (char: string | undefined) => char === ',' || char === ';' || char === ':' || char === ' ';
  let start = 0;
  let end = text.length;
  while (start < end && separator(text[start])) start += 1;
  while (end > start && separator(text[end - 1])) end -= 1;
  return text.slice(start, end);
}
