import type { ScorecardModel } from '../../lib/kpi/dashboard/scorecardModel';
import { scorecardCsvParts } from '../../lib/kpi/scorecardCsv';
import type { Scorecard } from '../../lib/kpi/scorecardRequest';
import { useI18n } from '../common/I18n';
import { ScorecardSettingsForm } from './ScorecardSettingsForm';
import { ScorecardTable } from './ScorecardTable';

/** The KPI scorecard (issue #24 item 4): each rep's score from measured values, weights and targets. */
export function ScorecardSection({ model }: { model: ScorecardModel }) {
  const { t } = useI18n();
  const state = model.state.value;
  const exportCsv = (scorecard: Scorecard) => {
    const parts = scorecardCsvParts(scorecard, (part, column) => t(column === 'measured' ? 'scorecardMeasured' : column === 'target' ? 'scorecardTarget' : 'scorecardContribution', { part: t(`kpiPart_${part}`) }), {
      rep: t('scorecardRep'),
      total: t('scorecardTotal'),
    });
    model.download(new Blob(parts, { type: 'text/csv;charset=utf-8' }), `leadkit-scorecard-${new Date().toISOString().slice(0, 10)}.csv`);
  };
  return (
    <section class="dash-section" aria-labelledby="scorecard-title" data-testid="scorecard" data-state={state.kind}>
      <h2 id="scorecard-title">{t('scorecardTitle')}</h2>
      {state.kind === 'loading' && <p class="muted">{t('scorecardLoading')}</p>}
      {state.kind === 'error' && <p role="alert">{t('scorecardFailed', { message: state.message })}</p>}
      {state.kind === 'ready' && state.scorecard.rows.length === 0 && <p class="muted" data-testid="scorecard-empty">{t('scorecardEmpty')}</p>}
      {state.kind === 'ready' && state.scorecard.rows.length > 0 && (
        <>
          <ScorecardTable scorecard={state.scorecard} />
          {!state.scorecard.satisfactionMeasured && <p class="muted">{t('scorecardNoSatisfaction')}</p>}
          {state.scorecard.unconverted.count > 0 && (
            <p role="note" data-testid="scorecard-unconverted">
              {t('scorecardUnconverted', { count: String(state.scorecard.unconverted.count), currencies: state.scorecard.unconverted.currencies.join(', ') })}
            </p>
          )}
          <button type="button" class="button" data-testid="scorecard-export" onClick={() => exportCsv(state.scorecard)}>
            {t('scorecardExport')}
          </button>
        </>
      )}
      <ScorecardSettingsForm model={model} />
    </section>
  );
}
