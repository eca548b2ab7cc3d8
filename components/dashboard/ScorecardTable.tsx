import { formatAmount } from '../../lib/deals/parseAmount';
import { intlTag } from '../../lib/i18n';
import { KPI_PARTS, type KpiPart } from '../../lib/kpi/kpiSettings';
import type { ScorePart } from '../../lib/kpi/scorecard';
import type { Scorecard } from '../../lib/kpi/scorecardRequest';
import { useI18n } from '../common/I18n';

const MONEY: ReadonlySet<KpiPart> = new Set(['revenue', 'grossProfit', 'collections']);
const RATES: ReadonlySet<KpiPart> = new Set(['leadConversion', 'process']);

/** One row per rep, best total first: each part's measured value, target and points. */
export function ScorecardTable({ scorecard }: { scorecard: Scorecard }) {
  const { t, locale } = useI18n();
  const tag = intlTag(locale);
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const show = (part: KpiPart, value: number, value_: ScorePart): string => {
    if (MONEY.has(part)) return formatAmount(Math.round(value), scorecard.baseCurrency, tag);
    if (RATES.has(part)) return percent.format(value);
    if (part === 'satisfaction') return `${value_.basis === 'nps' ? 'NPS' : 'CSAT'} ${number.format(value)}`;
    return number.format(value);
  };
  return (
    <div class="table-scroll">
      <table class="dash-table" data-testid="scorecard-table">
        <caption>{t('scorecardCaption', { plan: t(`scorecardPlan_${scorecard.kind}`), currency: scorecard.baseCurrency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecardRep')}</th>
            {KPI_PARTS.map((part) => (
              <th key={part} scope="col">
                {t(`kpiPart_${part}`)}
              </th>
            ))}
            <th scope="col">{t('scorecardTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {scorecard.rows.map((row) => (
            <tr key={row.rep} data-rep={row.rep} data-weight-counted={row.weightCounted}>
              <th scope="row">{row.rep}</th>
              {KPI_PARTS.map((part) => {
                const cell = row.parts[part];
                return (
                  <td key={part} data-part={part} data-contribution={cell.contribution === null ? '' : cell.contribution.toFixed(2)}>
                    {cell.measured === null ? (
                      <span class="muted">{t('scorecardNoData')}</span>
                    ) : (
                      <>
                        <div>{show(part, cell.measured, cell)}</div>
                        <div class="muted">{t('scorecardOfTarget', { target: show(part, cell.target, cell) })}</div>
                        <div>{t('scorecardPoints', { points: number.format(cell.contribution ?? 0) })}</div>
                      </>
                    )}
                  </td>
                );
              })}
              <td data-testid="scorecard-total">
                <strong>{row.total === null ? '—' : number.format(row.total)}</strong>
                {row.weightCounted < 100 && row.weightCounted > 0 && <div class="muted">{t('scorecardRebased', { weight: String(row.weightCounted) })}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
