import type { CountryCode } from '../match/phone';
import { getCountries } from 'libphonenumber-js/max';

const KNOWN_REGIONS: ReadonlySet<string> = new Set(getCountries());

/** Languages spoken mainly in one numbering plan, for `<html lang="de">` without a region. */
const REGION_BY_LANGUAGE: Readonly<Record<string, CountryCode>> = {
  zh: 'CN',
  ja: 'JP',
  ko: 'KR',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  es: 'ES',
  nl: 'NL',
  pl: 'PL',
  sv: 'SE',
  da: 'DK',
  fi: 'FI',
  cs: 'CZ',
  ru: 'RU',
  tr: 'TR',
  vi: 'VN',
  th: 'TH',
};

/** Country-code TLDs that are not the ISO code of their country. */
const REGION_BY_TLD: Readonly<Record<string, CountryCode>> = { uk: 'GB' };

/**
 * The region national numbers on this page most likely belong to: an explicit region in
 * `<html lang="zh-CN">` first, then a country-code TLD (`.de`, `.com.cn`), then the language.
 * `en` alone (or no lang) on a generic TLD falls back to US: it is the largest market writing
 * numbers nationally as `(415) 555-0132`, and full validation keeps wrong guesses rare.
 */
export function guessPhoneRegion(lang: string | null | undefined, hostname: string): CountryCode | undefined {
  const tags = (lang ?? '').trim().replace(/_/g, '-').split('-');
  const language = (tags[0] ?? '').toLowerCase();
  const regionTag = tags.slice(1).find((tag) => /^[a-z]{2}$/i.test(tag))?.toUpperCase();
  if (regionTag && KNOWN_REGIONS.has(regionTag)) return regionTag as CountryCode;
  if (language === 'zh' && tags.some((tag) => /^(hant|tw)$/i.test(tag))) return 'TW';

  const tld = hostname.toLowerCase().split('.').pop() ?? '';
  const fromTld = REGION_BY_TLD[tld] ?? (KNOWN_REGIONS.has(tld.toUpperCase()) ? (tld.toUpperCase() as CountryCode) : undefined);
  if (fromTld) return fromTld;
  if (language === '' || language === 'en') return 'US';
  return REGION_BY_LANGUAGE[language];
}
