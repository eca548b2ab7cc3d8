import type { GradeRow } from '../../lib/dashboard/metrics/aggregates';
import { useI18n } from '../common/I18n';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { useFormatters } from './useFormatters';

/** How the period's leads were graded, and how each grade converts (unscored shown apart). */
export function GradeSection({ grades }: { grades: GradeRow[] }) {
  const { t } = useI18n();
  const f = useFormatters();
  const label = (row: GradeRow) => t(`dashboardGrade_${row.grade}`);
  const bars = grades.map((row) => ({
    key: row.grade,
    label: label(row),
    value: row.count,
    valueText: t('dashboardGradeBarText', { count: f.count(row.count), won: f.percent(row.wonRate) }),
  }));
  return (
    <section class="dash-section" aria-labelledby="grades-heading">
      <h2 id="grades-heading">{t('dashboardGradesTitle')}</h2>
      <ChartFigure
        id="grades"
        title={t('dashboardGradesCaption')}
        hint={t('dashboardGradesHint')}
        chart={<BarChart id="grades-chart" title={t('dashboardGradesCaption')} description={bars.map((bar) => `${bar.label}: ${bar.valueText}`).join('; ')} bars={bars} />}
        table={
          <table class="dash-table" data-testid="table-grades">
            <thead>
              <tr>
                <th scope="col">{t('dashboardColGrade')}</th>
                <th scope="col">{t('dashboardColLeads')}</th>
                <th scope="col">{t('dashboardColReachedProspect')}</th>
                <th scope="col">{t('dashboardColWon')}</th>
              </tr>
            </thead>
            <tbody>
              {grades.map((row) => (
                <tr key={row.grade} data-grade={row.grade}>
                  <th scope="row">{label(row)}</th>
                  <td>{f.count(row.count)}</td>
                  <td>{t('dashboardCountRate', { count: f.count(row.reachedProspect), rate: f.percent(row.prospectRate) })}</td>
                  <td>{t('dashboardCountRate', { count: f.count(row.won), rate: f.percent(row.wonRate) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
