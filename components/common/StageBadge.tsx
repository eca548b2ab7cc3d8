import type { Stage } from '../../lib/model';
import { useI18n } from './I18n';

export const stageMessageKey = (stage: Stage): string => `stage_${stage}`;

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useI18n();
  return <span class={`badge badge--stage badge--${stage}`} data-testid="stage-badge">{t(stageMessageKey(stage))}</span>;
}
