import { MAX_MINOR_UNITS, minorDigits, type CurrencyCode } from '../model/deal';

export type AmountParse =
  | { ok: true; minor: number }
  | { ok: false; error: 'empty' | 'not_a_number' | 'too_many_decimals' | 'too_large' | 'negative' };

/** Longer than any amount a rep types; beyond it the text is refused before any work. */
const MAX_INPUT_LENGTH = 40;
/** Group separators reps type: comma, space, no-break spaces, apostrophe (de-CH), underscore. */
const GROUP = /[,\s\u00a0\u202f'’_]/g;
/** Digits with at most one decimal point, nothing else: linear, no backtracking. */
const PLAIN_NUMBER = /^(\d*)(?:\.(\d*))?$/;

/**
 * Parses an amount a rep typed ("12,345.67", "12 345,67" with decimal ",", "１２３４５．６７") into
 * integer minor units of `currency`, with no float arithmetic: the digits are joined as text, so
 * 0.1 + 0.2 never creeps in. `decimal` is the rep's locale's decimal separator; the other of
 * "." and "," is then a group separator. More decimals than the currency has are refused, not
 * rounded: a rep who typed them meant something.
 */
export function parseAmount(text: string, currency: CurrencyCode, decimal: '.' | ',' = '.'): AmountParse {
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, error: 'too_large' };
  // NFKC turns full-width digits and punctuation (what a Chinese IME types) into ASCII.
  let value = text.normalize('NFKC').trim();
  if (value === '') return { ok: false, error: 'empty' };
  if (value.startsWith('-')) return { ok: false, error: 'negative' };
  if (decimal === ',') value = value.replace(/\./g, ' ').replace(',', '.');
  value = value.replace(GROUP, '');
  const match = PLAIN_NUMBER.exec(value);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { ok: false, error: 'not_a_number' };
  const whole = match[1]!;
  const fraction = withoutTrailingZeros(match[2] ?? '');
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { ok: false, error: 'too_many_decimals' };
  const minorText = (whole + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  if (minorText.length > 16) return { ok: false, error: 'too_large' };
  const minor = Number(minorText);
  if (minor > MAX_MINOR_UNITS) return { ok: false, error: 'too_large' };
  return { ok: true, minor };
}

/** "500" → "5": a loop, since `/0+$/` retries from every zero of a long run (quadratic). */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '0') end -= 1;
  return digits.slice(0, end);
}

/** The minor units as the plain decimal text parseAmount reads back ("1234567" USD → "12345.67"). */
export function minorToPlain(minor: number, currency: CurrencyCode): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? sign + text : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** The amount in the rep's locale with its currency ("$12,345.67", "¥12,346", "US$12,345.67"). */
export function formatAmount(minor: number, currency: CurrencyCode, locale: string): string {
  const digits = minorDigits(currency);
  // Intl takes a decimal string exactly (no float rounding) where it supports it.
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    minorToPlain(minor, currency) as unknown as number,
  );
}
