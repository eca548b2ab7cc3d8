import type { AlertBreach } from '../../lib/dashboard/alerts';
import type { DashboardAggregates } from '../../lib/dashboard/metrics/aggregates';
import { AlertBanner } from './AlertBanner';
import { FunnelSection } from './FunnelSection';
import { GradeSection } from './GradeSection';
import { KpiTiles } from './KpiTiles';
import { OutcomeSection } from './OutcomeSection';
import { RepTable } from './RepTable';
import { SegmentsSection } from './SegmentsSection';
import { SlaSection } from './SlaSection';

/** Every figure of the period, top to bottom in the order a manager reads them. */
export function DashboardReport({ aggregates, breaches }: { aggregates: DashboardAggregates; breaches: AlertBreach[] }) {
  return (
    <div class="dash-report" data-testid="dashboard-report">
      <AlertBanner breaches={breaches} />
      <KpiTiles aggregates={aggregates} />
      <FunnelSection funnel={aggregates.funnel} />
      <SlaSection levels={aggregates.serviceLevels} firstContactHours={aggregates.firstContactHours} />
      <GradeSection grades={aggregates.grades} />
      <OutcomeSection outcomes={aggregates.outcomes} />
      <RepTable reps={aggregates.reps} />
      <SegmentsSection segments={aggregates.segments} />
    </div>
  );
}
