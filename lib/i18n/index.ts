import { createTranslator, type Translate } from './translate';
import { MESSAGES, type Locale } from './locale';

export * from './translate';
export * from './locale';

export function translatorFor(locale: Locale): Translate {
  return createTranslator(MESSAGES[locale], MESSAGES.en);
}
