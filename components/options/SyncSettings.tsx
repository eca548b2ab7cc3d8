import type { SyncSettingsModel, SyncSettingsStatus } from '../../lib/sync/settingsModel';
import type { Translate } from '../../lib/i18n';
import { useI18n } from '../common/I18n';

function statusText(status: SyncSettingsStatus, t: Translate): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'testing':
      return t('syncStatusTesting');
    case 'saving':
      return t('syncStatusSaving');
    case 'connected': {
      const skew = status.clockSkewMs === null ? '' : ` ${t('syncClockSkew', { minutes: Math.round(Math.abs(status.clockSkewMs) / 60_000) })}`;
      return t('syncStatusConnected', { team: status.team, user: status.user }) + skew;
    }
    case 'saved':
      return t('syncStatusSaved');
    case 'cleared':
      return t('syncStatusCleared');
    case 'invalidUrl':
      return t('syncStatusInvalidUrl');
    case 'missingToken':
      return t('syncStatusMissingToken');
    case 'permissionDenied':
      return t('syncStatusPermissionDenied');
    case 'failed':
      return t('syncStatusFailed', { reason: t(`syncError_${status.error}`) });
  }
}

/** The options page's Sync tab: renders the model and sends clicks straight to it. */
export function SyncSettings({ model }: { model: SyncSettingsModel }) {
  const { t } = useI18n();
  const status = model.status.value;
  const busy = status.kind === 'testing' || status.kind === 'saving';
  const bad = ['failed', 'invalidUrl', 'missingToken', 'permissionDenied'].includes(status.kind);
  return (
    <section class="card" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('syncSettingsTitle')}</h2>
      <p class="field__hint">{t('syncSettingsIntro')}</p>
      <div class="field">
        <label for="sync-url">{t('syncBackendUrl')}</label>
        <input
          id="sync-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={model.backendUrl.value}
          onInput={(e) => model.setBackendUrl(e.currentTarget.value)}
        />
        <p class="field__hint">{t('syncBackendUrlHint')}</p>
      </div>
      <div class="field">
        <label for="sync-token">{t('syncToken')}</label>
        <input id="sync-token" type="password" autoComplete="off" spellcheck={false} value={model.token.value} onInput={(e) => model.setToken(e.currentTarget.value)} />
        <p class="field__hint">{t('syncTokenHint')}</p>
      </div>
      <div class="actions">
        <button class="button" type="button" disabled={busy} data-testid="sync-test" onClick={() => void model.test()}>
          {t('syncTest')}
        </button>
        <button class="button button--primary" type="button" disabled={busy} data-testid="sync-save" onClick={() => void model.save()}>
          {t('syncSave')}
        </button>
        <button class="button button--quiet" type="button" disabled={busy} onClick={() => void model.disconnect()}>
          {t('syncDisconnect')}
        </button>
      </div>
      <p class={bad ? 'save-status sync-settings__status--bad' : 'save-status'} role="status" data-testid="sync-settings-status">
        {statusText(status, t)}
      </p>
    </section>
  );
}
