import type { SyncPanelModel } from '../../lib/sync/panel/syncPanelModel';
import type { SyncIssue } from '../../lib/sync/syncDb';
import { useI18n } from '../common/I18n';
import { ConflictCard } from './ConflictCard';

/** Conflicts to decide (field by field) and changes the server refused (kept here, dismissable). */
export function SyncIssues({ model, issues }: { model: SyncPanelModel; issues: SyncIssue[] }) {
  const { t } = useI18n();
  const conflicts = issues.filter((issue) => issue.kind === 'conflict');
  const rejected = issues.filter((issue) => issue.kind === 'rejected');
  return (
    <>
      {conflicts.length > 0 && (
        <div class="notice notice--warning" data-testid="sync-conflicts">
          <h3>{t('syncConflictsTitle')}</h3>
          {conflicts.map((issue) => (
            <ConflictCard key={issue.key} issue={issue} model={model} />
          ))}
        </div>
      )}
      {rejected.length > 0 && (
        <div class="notice notice--error" data-testid="sync-rejected">
          <h3>{t('syncRejectedTitle')}</h3>
          <ul class="sync-rejected">
            {rejected.map((issue) => (
              <li key={issue.key}>
                {t('syncRejectedItem', { label: issue.label, reason: t(`syncReject_${issue.reason}`) })}{' '}
                <button class="button button--quiet button--small" type="button" onClick={() => void model.dismiss(issue.key)}>
                  {t('syncDismiss')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
