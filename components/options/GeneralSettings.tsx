import type { GeneralSettingsModel } from '../../lib/settings/generalSettingsModel';
import type { UiLocale } from '../../lib/model';
import { useI18n } from '../common/I18n';

export function GeneralSettings({ model }: { model: GeneralSettingsModel }) {
  const { t } = useI18n();
  const settings = model.settings.value;
  const status = model.status.value;
  return (
    <section class="card" aria-labelledby="general-title">
      <h2 id="general-title">{t('optionsGeneralTitle')}</h2>
      <div class="field">
        <label for="locale">{t('optionsLanguage')}</label>
        <select id="locale" value={settings.locale} onChange={(e) => void model.update({ locale: (e.currentTarget as HTMLSelectElement).value as UiLocale })}>
          <option value="auto">{t('optionsLanguageAuto')}</option>
          <option value="en">{t('optionsLanguageEn')}</option>
          <option value="zh_CN">{t('optionsLanguageZh')}</option>
        </select>
        <p class="field__hint">{t('optionsLanguageHint')}</p>
      </div>
      <div class="field">
        <label for="rep-name">{t('optionsRepName')}</label>
        <input id="rep-name" value={settings.repName} maxLength={200} onChange={(e) => void model.update({ repName: (e.currentTarget as HTMLInputElement).value.trim() })} />
        <p class="field__hint">{t('optionsRepNameHint')}</p>
      </div>
      <div class="field">
        <label for="first-contact">{t('optionsFirstContactHours')}</label>
        <input
          id="first-contact"
          type="number"
          min={1}
          max={336}
          value={settings.firstContactHours}
          onChange={(e) => void model.update({ firstContactHours: Number((e.currentTarget as HTMLInputElement).value) })}
        />
        <p class="field__hint">{t('optionsFirstContactHint')}</p>
      </div>
      <p class="save-status" role="status" data-testid="settings-status">
        {status.kind === 'saved' && t('optionsSaved')}
        {status.kind === 'saving' && t('optionsSaving')}
        {status.kind === 'invalid' && t('optionsInvalid', { field: t(`optionsField_${status.field}`) })}
        {status.kind === 'failed' && t('optionsSaveFailed')}
      </p>
    </section>
  );
}
