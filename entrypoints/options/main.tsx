import { render } from 'preact';
import { browser } from 'wxt/browser';
import { signal } from '@preact/signals';
import { I18nProvider } from '../../components/common/I18n';
import { GeneralSettings } from '../../components/options/GeneralSettings';
import { OptionsPage, type OptionsTab } from '../../components/options/OptionsPage';
import { PlaybookSettings } from '../../components/options/PlaybookSettings';
import { ScriptsSettings } from '../../components/options/ScriptsSettings';
import { createBrowserScriptsSettingsDeps } from '../../lib/scripts/options/browserScriptsSettingsDeps';
import { createScriptsSettingsModel } from '../../lib/scripts/options/scriptsSettingsModel';
import { SyncSettings } from '../../components/options/SyncSettings';
import { createBrowserSyncSettingsDeps } from '../../lib/sync/settingsBrowserDeps';
import { createSyncSettingsModel } from '../../lib/sync/settingsModel';
import { createBrowserPlaybookSettingsDeps } from '../../lib/pipeline/panel/browserDeps';
import { createPlaybookSettingsModel } from '../../lib/pipeline/panel/playbookSettingsModel';
import { intlTag, resolveLocale } from '../../lib/i18n';
import { createGeneralSettingsModel } from '../../lib/settings/generalSettingsModel';
import { loadSettings, updateSettings } from '../../lib/settings/settingsStore';
import { ScoringRulesTab } from '../../components/scoring/ScoringRulesTab';
import { createBrowserRuleEditorDeps } from '../../lib/scoring/editor/browserRuleEditorDeps';
import { createRuleEditorModel } from '../../lib/scoring/editor/ruleEditorModel';
import { SitesSettings } from '../../components/options/SitesSettings';
import { createBrowserSiteListDeps } from '../../lib/overlay/options/browserSiteListDeps';
import { createSiteListModel } from '../../lib/overlay/options/siteListModel';
import { ShortcutAndPermissions } from '../../components/onboarding/ShortcutAndPermissions';
import { createAccessModel } from '../../lib/onboarding/accessModel';
import { createBrowserAccessDeps } from '../../lib/onboarding/browserAccessDeps';
import { AssignmentSettings } from '../../components/assignment/AssignmentSettings';
import { createAssignmentEditorModel } from '../../lib/assignment/editor/assignmentEditorModel';
import { createBrowserAssignmentEditorDeps } from '../../lib/assignment/editor/browserAssignmentEditorDeps';
import '../../components/styles/base.css';

async function start(): Promise<void> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = intlTag(locale);
  const general = createGeneralSettingsModel(settings, updateSettings);
  const playbook = createPlaybookSettingsModel(createBrowserPlaybookSettingsDeps());
  const sync = createSyncSettingsModel(createBrowserSyncSettingsDeps());
  const scripts = createScriptsSettingsModel(createBrowserScriptsSettingsDeps());
  const scoring = createRuleEditorModel(createBrowserRuleEditorDeps());
  const sites = createSiteListModel(createBrowserSiteListDeps());
  // A grant or removal made elsewhere (the side panel, the browser's own settings) shows here at once.
  browser.permissions.onAdded.addListener(() => void sites.load());
  browser.permissions.onRemoved.addListener(() => void sites.load());
  const access = createAccessModel(createBrowserAccessDeps());
  const assignment = createAssignmentEditorModel(createBrowserAssignmentEditorDeps());
  for (const model of [playbook, sync, scripts, scoring, sites, access, assignment]) void model.load();
  const tabs: OptionsTab[] = [
    { id: 'general', labelKey: 'optionsTabGeneral', render: () => <GeneralSettings model={general} /> },
    { id: 'playbook', labelKey: 'pipelineOptionsTab', render: () => <PlaybookSettings model={playbook} /> },
    { id: 'sync', labelKey: 'syncOptionsTab', render: () => <SyncSettings model={sync} /> },
    { id: 'scripts', labelKey: 'scriptsOptionsTab', render: () => <ScriptsSettings model={scripts} /> },
    { id: 'scoring', labelKey: 'scoringOptionsTab', render: () => <ScoringRulesTab model={scoring} /> },
    // Issue #24 item 5: who gets a new lead.
    { id: 'assignment', labelKey: 'assignmentOptionsTab', render: () => <AssignmentSettings model={assignment} /> },
    { id: 'sites', labelKey: 'optionsTabSites', render: () => <SitesSettings model={sites} /> },
    // Issue #26: the capture shortcut and the permissions held, with why.
    { id: 'access', labelKey: 'onboardingOptionsTab', render: () => <ShortcutAndPermissions model={access} /> },
  ];
  const active = signal(location.hash.slice(1) || 'general');
  addEventListener('hashchange', () => (active.value = location.hash.slice(1)));
  const App = () => (
    <OptionsPage tabs={tabs} active={active.value} onSelect={(id) => (location.hash = id)} links={[{ href: '/dashboard.html', labelKey: 'dashboardOpenLink' }, { href: '/privacy.html', labelKey: 'privacyOpenLink' }]} />
  );
  render(
    <I18nProvider locale={locale}>
      <App />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void start();
