import { render } from 'preact';
import { I18nProvider } from '../../components/common/I18n';
import { DashboardPage } from '../../components/dashboard/DashboardPage';
import { createBrowserDashboardDeps } from '../../lib/dashboard/page/browserDashboardDeps';
import { createDashboardModel } from '../../lib/dashboard/page/dashboardModel';
import { createDashboardWorkerClient } from '../../lib/dashboard/worker/workerClient';
import { createImportExportModel } from '../../lib/dashboard/page/importExportModel';
import { intlTag, resolveLocale, translatorFor } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/settingsStore';
import '../../components/styles/base.css';

/** The manager's dashboard (issue 8): aggregates come from a worker that reads IndexedDB itself. */
async function start(): Promise<void> {
  // First thing: the worker starts (and reads the digest once asked) while settings load.
  const worker = createDashboardWorkerClient();
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = intlTag(locale);
  const t = translatorFor(locale);
  document.title = t('dashboardTitle');
  const deps = createBrowserDashboardDeps(settings, t, locale, worker);
  const model = createDashboardModel(deps.dashboard);
  const io = createImportExportModel(deps.io);
  addEventListener('pagehide', () => {
    model.dispose();
    deps.dispose();
  });
  render(
    <I18nProvider locale={locale}>
      <DashboardPage model={model} io={io} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
  await model.load();
}

void start();
