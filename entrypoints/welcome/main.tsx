import { render } from 'preact';
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/common/I18n';
import { WelcomePage } from '../../components/onboarding/WelcomePage';
import { intlTag, resolveLocale } from '../../lib/i18n';
import { loadSettings, updateSettings } from '../../lib/settings/settingsStore';
import { createWelcomeModel, welcomeViewFor } from '../../lib/onboarding/welcomeModel';
import { workModeItem } from '../../lib/onboarding/workModeStore';
import { createAccessModel } from '../../lib/onboarding/accessModel';
import { createBrowserAccessDeps } from '../../lib/onboarding/browserAccessDeps';
import { createChecklistModel } from '../../lib/onboarding/checklistModel';
import { pageInviteDeps, readChecklistFacts } from '../../lib/onboarding/checklistFacts';
import { SAMPLE_PAGE_PATH } from '../../lib/onboarding/samplePageAddress';
import { createBrowserSyncSettingsDeps } from '../../lib/sync/settingsBrowserDeps';
import { createSyncSettingsModel } from '../../lib/sync/settingsModel';
import '../../components/styles/base.css';
import '../../components/styles/onboarding.css';

async function start(): Promise<void> {
  const settings = await loadSettings();
  const model = createWelcomeModel(
    { saveLocale: (locale) => updateSettings({ locale }).then(() => undefined), loadWorkMode: () => workModeItem.getValue(), saveWorkMode: (mode) => workModeItem.setValue(mode) },
    settings.locale,
  );
  void model.load();
  const sync = createSyncSettingsModel(createBrowserSyncSettingsDeps());
  void sync.load();
  const access = createAccessModel(createBrowserAccessDeps());
  void access.load();
  const checklist = createChecklistModel(readChecklistFacts, pageInviteDeps);
  const route = signal(welcomeViewFor(location.hash));
  const loadChecklist = () => route.value.view === 'manager' && void checklist.load();
  addEventListener('hashchange', () => {
    route.value = welcomeViewFor(location.hash);
    loadChecklist();
  });
  // The manager comes back from a settings tab: the checklist shows what they just did.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && loadChecklist());
  loadChecklist();
  const openSample = () => void browser.tabs.create({ url: browser.runtime.getURL(SAMPLE_PAGE_PATH) });
  const App = () => {
    const locale = resolveLocale(model.locale.value, navigator.language);
    document.documentElement.lang = intlTag(locale);
    return (
      <I18nProvider locale={locale}>
        <WelcomePage model={model} sync={sync} access={access} checklist={checklist} view={route.value.view} notes={route.value.notes} onView={(view) => (location.hash = view)} onOpenSample={openSample} />
      </I18nProvider>
    );
  };
  render(<App />, document.getElementById('app')!);
}

void start();
