import type { AccountSummary } from '../../lib/overlay/overlayMessages';
import { useI18n } from '../common/I18n';

/** The website badge's details, in its extension frame (#22): name, stage, grade, owner; opens the side panel. */
export function AccountBadge({ summary, onOpen, onClose }: { summary: AccountSummary; onOpen(): void; onClose(): void }) {
  const { t } = useI18n();
  return (
    <div class="badge" role="status">
      <button type="button" class="badge__open" title={t('scriptsBadgeOpen')} onClick={onOpen}>
        <span class="badge__brand">{t('scriptsBadgeBrand')}</span>
        <span class="badge__name">{summary.name}</span>
        <span>{t(`stage_${summary.stage}`)}</span>
        {summary.grade && <span>{t('scriptsBadgeGrade', { grade: summary.grade })}</span>}
        {summary.owner && <span>{t('scriptsBadgeOwner', { owner: summary.owner })}</span>}
      </button>
      <button type="button" class="badge__close" title={t('scriptsBadgeDismiss')} aria-label={t('scriptsBadgeDismiss')} onClick={onClose}>
        {'×'}
      </button>
    </div>
  );
}

/** The compose launcher's chip, in its extension frame (#22): the recipients' account, stage and grade. */
export function RecipientChip({ summary }: { summary: AccountSummary }) {
  const { t } = useI18n();
  return <span class="chip">{[summary.name, t(`stage_${summary.stage}`), summary.grade].filter(Boolean).join(' · ')}</span>;
}
