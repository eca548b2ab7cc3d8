import type { DashboardModel } from '../../lib/dashboard/page/dashboardModel';
import type { ImportExportModel } from '../../lib/dashboard/page/importExportModel';
import { useI18n } from '../common/I18n';
import { StatusView } from '../common/StatusView';
import { SampleCompanyButton } from '../onboarding/SampleCompanyButton';
import { AlertSettingsPanel } from './AlertSettingsPanel';
import { DashboardReport } from './DashboardReport';
import { ImportExportSection } from './ImportExportSection';
import { PeriodSelector } from './PeriodSelector';
import { useFormatters } from './useFormatters';
import { BrandMark } from '../common/BrandMark';
import type { ForecastModel } from '../../lib/deals/dashboard/forecastModel';
import { ForecastSection } from './ForecastSection';
import type { DealImportModel } from '../../lib/deals/dashboard/dealImportModel';
import { DealImportPanel } from './DealImportPanel';
import type { SatisfactionModel } from '../../lib/satisfaction/dashboard/satisfactionModel';
import { SatisfactionSection } from './SatisfactionSection';
import type { StageProbabilityModel } from '../../lib/deals/dashboard/stageProbabilityModel';
import type { ScorecardModel } from '../../lib/kpi/dashboard/scorecardModel';
import { ScorecardSection } from './ScorecardSection';

/** The manager's view (issue 8): figures computed off the UI thread, thresholds, import and export. */
export function DashboardPage({ model, io, forecast, dealImport, probabilities, satisfaction, scorecard }: { model: DashboardModel; io: ImportExportModel; forecast?: ForecastModel; dealImport?: DealImportModel; probabilities?: StageProbabilityModel; satisfaction?: SatisfactionModel; scorecard?: ScorecardModel }) {
  const { t } = useI18n();
  const f = useFormatters();
  const state = model.state.value;
  return (
    <div class="dashboard" data-testid="dashboard" data-state={state.kind}>
      <header class="dashboard__header">
        <BrandMark />
        <h1>{t('dashboardTitle')}</h1>
        <PeriodSelector model={model} />
      </header>
      {state.kind === 'loading' ? (
        <StatusView
          tone="loading"
          title={t('dashboardLoading')}
          detail={state.stage === 'reading' && state.done ? t('dashboardLoadingRead', { count: f.count(state.done) }) : t('dashboardLoadingHint')}
        >
          {state.share !== undefined && (
            // Only the first-ever open (or one after a bulk import) reads every record: say why it takes a while.
            <div class="status__progress" data-testid="dashboard-progress">
              <progress max={1} value={state.share} aria-label={t('dashboardFirstOpenProgress', { percent: f.percent(state.share) })} />
              <p class="muted">{t('dashboardFirstOpenHint')}</p>
            </div>
          )}
        </StatusView>
      ) : state.kind === 'error' ? (
        <StatusView tone="error" title={t('dashboardFailed')} detail={state.message}>
          <button type="button" class="button" onClick={() => void model.load()}>
            {t('dashboardRetry')}
          </button>
        </StatusView>
      ) : state.aggregates.totals.accounts === 0 ? (
        <StatusView tone="empty" title={t('dashboardEmpty')} detail={t('dashboardEmptyHint')}>
          <SampleCompanyButton />
        </StatusView>
      ) : (
        <DashboardReport aggregates={state.aggregates} breaches={model.breaches.value} />
      )}
      {forecast && state.kind === 'ready' && <ForecastSection model={forecast} probabilities={probabilities} />}
      {satisfaction && state.kind === 'ready' && <SatisfactionSection model={satisfaction} />}
      {scorecard && state.kind === 'ready' && <ScorecardSection model={scorecard} />}
      <AlertSettingsPanel model={model} />
      <ImportExportSection model={io} />
      {dealImport && (
        <section class="dash-section">
          <DealImportPanel model={dealImport} />
        </section>
      )}
    </div>
  );
}
