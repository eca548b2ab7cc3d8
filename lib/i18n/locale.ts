import type { UiLocale } from '../model';
import type { Messages } from './translate';
import { mergeMessageFragments } from './merge';

export type Locale = Exclude<UiLocale, 'auto'>;
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];

const enFragments = import.meta.glob<Messages>('./messages/en/*.json', { eager: true, import: 'default' });
const zhFragments = import.meta.glob<Messages>('./messages/zh_CN/*.json', { eager: true, import: 'default' });

export const MESSAGES: Record<Locale, Messages> = {
  en: mergeMessageFragments(enFragments),
  zh_CN: mergeMessageFragments(zhFragments),
};

/** The locale to show: the rep's choice, else the browser's language (any Chinese → zh_CN). */
export function resolveLocale(choice: UiLocale, browserLanguage: string): Locale {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** BCP 47 tag for Intl formatting. */
export function intlTag(locale: Locale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}
