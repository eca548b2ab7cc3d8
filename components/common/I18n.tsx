import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translatorFor, intlTag, type Locale, type Translate } from '../../lib/i18n';

interface I18nValue {
  t: Translate;
  locale: Locale;
  formatDateTime(epochMs: number): string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  const format = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
  const value: I18nValue = { t: translatorFor(locale), locale, formatDateTime: (ms) => format.format(ms) };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
