import { createTranslator, type Translate } from './translate';
import { MESSAGES, type Locale } from './locale';

export * from './translate';
export * from './locale';
export { mergeMessageFragments } from './merge';

export function translatorFor(locale: Locale): Translate {
  return createTranslator(MESSAGES[locale], MESSAGES.en);
}
