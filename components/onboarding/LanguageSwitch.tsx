import type { UiLocale } from '../../lib/model';
import { useI18n } from '../common/I18n';

/** The page's language: the browser's by default, the rep's choice once made. */
export function LanguageSwitch({ value, onChange }: { value: UiLocale; onChange(locale: UiLocale): void }) {
  const { t } = useI18n();
  return (
    <label class="language-switch">
      {t('onboardingLanguage')}{' '}
      <select data-testid="welcome-language" value={value} onChange={(event) => onChange(event.currentTarget.value as UiLocale)}>
        <option value="auto">{t('optionsLanguageAuto')}</option>
        <option value="en">{t('optionsLanguageEn')}</option>
        <option value="zh_CN">{t('optionsLanguageZh')}</option>
      </select>
    </label>
  );
}
