import type { QueueModel } from '../../lib/pipeline/panel/queueModel';
import { useI18n } from '../common/I18n';
import { StatusView } from '../common/StatusView';
import { QueueFilters } from './QueueFilters';
import { QueueRow } from './QueueRow';
import { SampleCompanyButton } from '../onboarding/SampleCompanyButton';
import { BrandMark } from '../common/BrandMark';

/** All my open actions, by due day then priority; nurture accounts appear when their touch is due. */
export function QueuePage({ model }: { model: QueueModel }) {
  const { t } = useI18n();
  const items = model.items.value;
  const filtered = model.filter.value.stage !== undefined || model.filter.value.grade !== undefined;
  return (
    <div class="queue">
      <header>
        <BrandMark />
        <h1>{t('pipelineQueueTitle')}</h1>
        <p class="muted">{t('pipelineQueueIntro')}</p>
        <QueueFilters filter={model.filter.value} onChange={model.setFilter} />
      </header>
      {model.loading.value ? (
        <StatusView tone="loading" title={t('pipelineQueueLoading')} />
      ) : model.failed.value ? (
        <StatusView tone="error" title={t('pipelineQueueFailed')} />
      ) : items.length === 0 ? (
        <StatusView tone="empty" title={t('pipelineQueueEmpty')} detail={filtered ? t('onboardingQueueFilteredHint') : t('onboardingQueueEmptyHint')}>
          {filtered ? (
            <button class="button button--primary" type="button" data-testid="queue-clear-filters" onClick={() => model.setFilter({ stage: undefined, grade: undefined })}>
              {t('onboardingClearFilters')}
            </button>
          ) : (
            <SampleCompanyButton />
          )}
        </StatusView>
      ) : (
        <ol class="plain-list queue__list" data-testid="queue-list">
          {items.map((item) => (
            <QueueRow key={item.task.id} item={item} now={model.now.value} />
          ))}
        </ol>
      )}
    </div>
  );
}
