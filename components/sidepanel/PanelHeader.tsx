import { useI18n } from '../common/I18n';

/** A slim bar above the panel: the way to the rep's queue of all open actions. */
export function PanelHeader({ onOpenQueue }: { onOpenQueue(): void }) {
  const { t } = useI18n();
  return (
    <nav class="panel-header" aria-label={t('pipelinePanelNav')}>
      <button type="button" class="button button--quiet button--small" data-testid="open-queue" onClick={onOpenQueue}>
        {t('pipelineOpenQueue')}
      </button>
    </nav>
  );
}
