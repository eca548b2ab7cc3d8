import type { RepSatisfaction } from '../../lib/satisfaction/measures';
import type { SatisfactionModel } from '../../lib/satisfaction/dashboard/satisfactionModel';
import { useI18n } from '../common/I18n';
import { SatisfactionRisks } from './SatisfactionRisks';
import { useFormatters } from './useFormatters';

/** NPS, CSAT and complaint response per rep for the dashboard's period (issue #24 item 3). */
export function SatisfactionSection({ model }: { model: SatisfactionModel }) {
  const { t } = useI18n();
  const f = useFormatters();
  const state = model.state.value;
  const csat = (value: number | null) => (value === null ? '—' : t('satisfactionCsatValue', { value: value.toFixed(1) }));
  const cells = (measure: RepSatisfaction, compliance: number | null) => (
    <>
      <td data-col="surveys">{f.count(measure.surveys)}</td>
      <td data-col="nps">{measure.nps === null ? '—' : String(measure.nps)}</td>
      <td data-col="csat">{csat(measure.csatAverage)}</td>
      <td data-col="complaints">{f.count(measure.complaints)}</td>
      <td data-col="onTime">{t('satisfactionOnTimeOf', { onTime: f.count(measure.complaintsAnsweredOnTime), late: f.count(measure.complaintsLate), open: f.count(measure.complaintsOpen) })}</td>
      <td data-col="compliance">{f.percent(compliance)}</td>
    </>
  );
  return (
    <section class="dash-section" aria-labelledby="satisfaction-title" data-testid="satisfaction" data-state={state.kind}>
      <h2 id="satisfaction-title">{t('satisfactionTitle')}</h2>
      <p class="muted">{t('satisfactionHint')}</p>
      {state.kind === 'loading' && <p class="muted">{t('satisfactionLoading')}</p>}
      {state.kind === 'error' && <p role="alert">{t('satisfactionFailed', { message: state.message })}</p>}
      {state.kind === 'ready' && (
        <>
          {state.report.team.surveys + state.report.team.complaints === 0 ? (
            <p class="muted" data-testid="satisfaction-empty">{t('satisfactionEmpty')}</p>
          ) : (
            <div class="dash-scroll">
              <table class="dash-table" data-testid="satisfaction-reps">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboardColRep')}</th>
                    <th scope="col">{t('satisfactionColSurveys')}</th>
                    <th scope="col">{t('satisfactionColNps')}</th>
                    <th scope="col">{t('satisfactionColCsat')}</th>
                    <th scope="col">{t('satisfactionColComplaints')}</th>
                    <th scope="col">{t('satisfactionColResponse')}</th>
                    <th scope="col">{t('satisfactionColCompliance')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.report.reps.map((row) => (
                    <tr key={row.rep} data-rep={row.rep}>
                      <th scope="row">{row.rep || t('dashboardUnassigned')}</th>
                      {cells(row.measure, row.compliance)}
                    </tr>
                  ))}
                  <tr data-rep="*team" class="dash-table__total">
                    <th scope="row">{t('satisfactionTeam')}</th>
                    {cells(state.report.team, state.report.teamCompliance)}
                  </tr>
                </tbody>
              </table>
            </div>
          )}
          <SatisfactionRisks report={state.report} />
        </>
      )}
    </section>
  );
}
