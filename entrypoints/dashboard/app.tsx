import { render } from 'preact';
import { I18nProvider } from '../../components/common/I18n';
import { DashboardPage } from '../../components/dashboard/DashboardPage';
import { createBrowserDashboardDeps } from '../../lib/dashboard/page/browserDashboardDeps';
import { createDashboardModel } from '../../lib/dashboard/page/dashboardModel';
import type { DashboardWorkerClient } from '../../lib/dashboard/worker/workerClient';
import { createImportExportModel } from '../../lib/dashboard/page/importExportModel';
import { intlTag, resolveLocale, translatorFor } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/settingsStore';
import { createBrowserSatisfaction } from '../../lib/satisfaction/dashboard/satisfactionModel';
import { createBrowserScorecard } from '../../lib/kpi/dashboard/browserScorecardDeps';
import { createBrowserDealImport, createBrowserForecast, createBrowserStageProbabilities } from '../../lib/deals/dashboard/browserForecastDeps';

/** The manager's dashboard (issue 8), once its worker is running: settings, models, the page. */
export async function startDashboard(worker: DashboardWorkerClient): Promise<void> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = intlTag(locale);
  const t = translatorFor(locale);
  document.title = t('dashboardTitle');
  const deps = createBrowserDashboardDeps(settings, t, locale, worker);
  const model = createDashboardModel(deps.dashboard);
  const io = createImportExportModel(deps.io);
  const forecast = createBrowserForecast(worker, model);
  const dealImport = createBrowserDealImport(worker, settings.repName);
  const satisfaction = createBrowserSatisfaction(worker, model);
  const scorecard = createBrowserScorecard(worker, model);
  addEventListener('pagehide', () => {
    model.dispose();
    forecast.dispose();
    satisfaction.dispose();
    scorecard.dispose();
    deps.dispose();
  });
  render(
    <I18nProvider locale={locale}>
      <DashboardPage model={model} io={io} forecast={forecast} dealImport={dealImport} probabilities={createBrowserStageProbabilities()} satisfaction={satisfaction} scorecard={scorecard} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
  await model.load();
}
