import { parsePhone, type CountryCode } from '../match/phone';
import { cleanText } from './cleanText';

export interface PhoneValue {
  value: string;
  kind: string | undefined;
  /** False when we kept the number as written because it did not validate. */
  valid: boolean;
}

/**
 * A phone as E.164 when it validates; structured data (JSON-LD, tel: links, h-card) is trusted
 * enough to keep an unvalidated number as written, so `keepInvalid` is for those sources only.
 */
export function phoneValue(raw: string, region: CountryCode | undefined, keepInvalid: boolean): PhoneValue | null {
  const text = cleanText(raw, 80);
  const parsed = parsePhone(text, region) ?? (region ? null : parsePhone(text, 'US'));
  if (parsed) return { value: parsed.e164, kind: parsed.kind, valid: true };
  const digits = text.replace(/\D/g, '');
  if (!keepInvalid || digits.length < 6 || digits.length > 17 || !/^[+\d\s().\-/]+$/.test(text)) return null;
  return { value: cleanText(text, 40), kind: undefined, valid: false };
}
