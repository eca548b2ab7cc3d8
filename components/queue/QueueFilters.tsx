import { GRADES, STAGES, type Grade, type Stage } from '../../lib/model';
import type { QueueFilterValues } from '../../lib/pipeline/panel/queueModel';
import { stageLabelKey } from '../../lib/pipeline/labelKeys';
import { useI18n } from '../common/I18n';

/** Narrow the queue to one stage or one grade; the empty choice means all. */
export function QueueFilters({ filter, onChange }: { filter: QueueFilterValues; onChange(patch: QueueFilterValues): void }) {
  const { t } = useI18n();
  return (
    <div class="queue__filters" role="group" aria-label={t('pipelineQueueFilters')}>
      <div class="field">
        <label for="queue-stage">{t('pipelineQueueStage')}</label>
        <select id="queue-stage" value={filter.stage ?? ''} onChange={(event) => onChange({ stage: (event.currentTarget.value || undefined) as Stage | undefined })}>
          <option value="">{t('pipelineQueueAll')}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>{t(stageLabelKey(stage))}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="queue-grade">{t('pipelineQueueGrade')}</label>
        <select id="queue-grade" value={filter.grade ?? ''} onChange={(event) => onChange({ grade: (event.currentTarget.value || undefined) as Grade | undefined })}>
          <option value="">{t('pipelineQueueAll')}</option>
          {GRADES.map((grade) => (
            <option key={grade} value={grade}>{t(`pipelineGrade_${grade}`)}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
