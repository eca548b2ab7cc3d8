import type { FunnelMetrics } from '../../lib/dashboard/metrics/aggregates';
import { FUNNEL_STAGES } from '../../lib/model/stage';
import { useI18n } from '../common/I18n';
import { useFormatters } from './useFormatters';

const WIDTH = 820;
const LABEL_WIDTH = 170;
/** Narrower bars write their numbers beside the bar instead of on it. */
const TEXT_INSIDE_MIN = 110;
const BAR_ROW = 30;
const GAP_ROW = 22;

/**
 * The funnel in SVG: one centred bar per stage, as wide as the accounts that entered it in the
 * period, with the count, the average time in the stage, and the conversion to the next stage
 * written between the bars.
 */
export function FunnelChart({ funnel }: { funnel: FunnelMetrics }) {
  const { t } = useI18n();
  const f = useFormatters();
  const rows = FUNNEL_STAGES.map((stage) => funnel.stages.find((row) => row.stage === stage)!);
  const max = Math.max(1, ...rows.map((row) => row.entered));
  const span = WIDTH - LABEL_WIDTH - 10;
  const centre = LABEL_WIDTH + span / 2;
  const height = rows.length * BAR_ROW + (rows.length - 1) * GAP_ROW + 4;
  const description = rows
    .map((row, i) => {
      const conversion = funnel.conversions[i];
      const base = t('dashboardFunnelDescStage', { stage: t(`stage_${row.stage}`), count: f.count(row.entered), days: f.days(row.avgTimeInStageMs) });
      return conversion ? `${base} ${t('dashboardFunnelDescConversion', { rate: f.percent(conversion.rate) })}` : base;
    })
    .join(' ');
  return (
    <svg class="funnel-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="funnel-title funnel-desc" data-testid="chart-funnel">
      <title id="funnel-title">{t('dashboardFunnelTitle')}</title>
      <desc id="funnel-desc">{description}</desc>
      {rows.map((row, i) => {
        const y = 2 + i * (BAR_ROW + GAP_ROW);
        const width = Math.max(2, (row.entered / max) * span);
        const conversion = funnel.conversions[i];
        return (
          <g key={row.stage} data-stage={row.stage}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_ROW / 2 + 4} text-anchor="end" class="funnel-chart__label">
              {t(`stage_${row.stage}`)}
            </text>
            <rect x={centre - width / 2} y={y} width={width} height={BAR_ROW} rx={4} class={`funnel-chart__bar funnel-chart__bar--${i}`} />
            <text
              x={width >= TEXT_INSIDE_MIN ? centre : centre + width / 2 + 6}
              y={y + BAR_ROW / 2 + 4}
              text-anchor={width >= TEXT_INSIDE_MIN ? 'middle' : 'start'}
              class={width >= TEXT_INSIDE_MIN ? 'funnel-chart__count' : 'funnel-chart__count funnel-chart__count--outside'}
              data-testid={`funnel-count-${row.stage}`}
            >
              {t('dashboardFunnelBarText', { count: f.count(row.entered), days: f.days(row.avgTimeInStageMs) })}
            </text>
            {conversion && (
              <text x={centre} y={y + BAR_ROW + GAP_ROW / 2 + 4} text-anchor="middle" class="funnel-chart__conversion" data-testid={`funnel-conversion-${row.stage}`}>
                {t('dashboardFunnelConversionText', { rate: f.percent(conversion.rate), reached: f.count(conversion.reached), entered: f.count(conversion.entered) })}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
