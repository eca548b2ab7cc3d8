import { render } from 'preact';
import { signal } from '@preact/signals';
import { I18nProvider } from '../../components/common/I18n';
import { GeneralSettings } from '../../components/options/GeneralSettings';
import { OptionsPage, type OptionsTab } from '../../components/options/OptionsPage';
import { resolveLocale } from '../../lib/i18n';
import { createGeneralSettingsModel } from '../../lib/settings/generalSettingsModel';
import { loadSettings, saveSettings } from '../../lib/settings/settingsStore';
import '../../components/styles/base.css';

async function start(): Promise<void> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
  const general = createGeneralSettingsModel(settings, saveSettings);
  const tabs: OptionsTab[] = [{ id: 'general', labelKey: 'optionsTabGeneral', render: () => <GeneralSettings model={general} /> }];
  const active = signal(location.hash.slice(1) || 'general');
  addEventListener('hashchange', () => (active.value = location.hash.slice(1)));
  const App = () => (
    <OptionsPage tabs={tabs} active={active.value} onSelect={(id) => (location.hash = id)} />
  );
  render(
    <I18nProvider locale={locale}>
      <App />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void start();
