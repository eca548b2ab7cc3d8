import type { SyncLine, SyncPanelModel } from '../../lib/sync/panel/syncPanelModel';
import { relativeTime } from '../../lib/sync/panel/relativeTime';
import { intlTag, type Translate } from '../../lib/i18n';
import { useI18n } from '../common/I18n';
import { SyncIssues } from './SyncIssues';

function lineText(line: SyncLine, now: number, t: Translate, tag: string): string {
  switch (line.kind) {
    case 'localOnly':
      return t('syncLocalOnly');
    case 'running':
      return t('syncRunning');
    case 'never':
      return t('syncNever');
    case 'synced':
      return t('syncLastSynced', { time: relativeTime(line.at, now, tag) });
    case 'error': {
      const next = line.nextRetryAt !== null && line.nextRetryAt > now ? ` ${t('syncNextTry', { time: relativeTime(line.nextRetryAt, now, tag) })}` : '';
      return t(`syncError_${line.code}`) + next;
    }
  }
}

/** The sync strip at the top of the side panel: last sync, what waits, the last error in words. */
export function SyncStatus({ model }: { model: SyncPanelModel }) {
  const { t, locale } = useI18n();
  const snapshot = model.snapshot.value;
  if (!snapshot) return null;
  const line = model.line.value;
  const now = model.now.value;
  const skew = snapshot.state.clockSkewMs;
  return (
    <section class={`sync-status sync-status--${line.kind}`} aria-label={t('syncPanelTitle')} data-testid="sync-status">
      <p class="sync-status__line" role="status" data-testid="sync-line">
        {lineText(line, now, t, intlTag(locale))}
      </p>
      <p class="sync-status__pending" data-testid="sync-pending" data-count={snapshot.pending}>
        {snapshot.pending > 0 ? t('syncPending', { count: snapshot.pending }) : t('syncNothingPending')}
      </p>
      {skew !== null && !snapshot.state.localOnly && (
        <p class="field__hint">{t('syncClockSkew', { minutes: Math.round(Math.abs(skew) / 60_000) })}</p>
      )}
      <div class="sync-status__actions">
        {!snapshot.state.localOnly && (
          <button class="button button--small" type="button" data-testid="sync-now" disabled={model.busy.value || line.kind === 'running'} onClick={() => void model.syncNow()}>
            {t('syncNow')}
          </button>
        )}
        <button class="button button--quiet button--small" type="button" onClick={model.openSettings}>
          {t('syncSettingsLink')}
        </button>
      </div>
      <SyncIssues model={model} issues={snapshot.issues} />
    </section>
  );
}
