import { useI18n } from '../common/I18n';
import { BrandMark } from '../common/BrandMark';

interface Props {
  onOpenQueue(): void;
  onOpenDashboard(): void;
  onOpenSettings(): void;
}

/** A slim bar above the panel: the rep's queue of open actions, the manager's dashboard, settings. */
export function PanelHeader({ onOpenQueue, onOpenDashboard, onOpenSettings }: Props) {
  const { t } = useI18n();
  return (
    <nav class="panel-header" aria-label={t('pipelinePanelNav')}>
      <BrandMark />
      <button type="button" class="button button--quiet button--small" data-testid="open-queue" onClick={onOpenQueue}>
        {t('pipelineOpenQueue')}
      </button>
      <button type="button" class="button button--quiet button--small" data-testid="open-dashboard" onClick={onOpenDashboard}>
        {t('dashboardOpenLink')}
      </button>
      <button type="button" class="button button--quiet button--small" data-testid="open-settings" onClick={onOpenSettings}>
        {t('optionsTitle')}
      </button>
    </nav>
  );
}
