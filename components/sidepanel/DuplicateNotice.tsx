import type { Account } from '../../lib/model';
import { useI18n } from '../common/I18n';
import { StageBadge } from '../common/StageBadge';

/** Shown above the form when the company is already an account: add to it rather than duplicate it. */
export function DuplicateNotice({ accounts, busy, onAddTo }: { accounts: Account[]; busy: boolean; onAddTo(account: Account): void }) {
  const { t, formatDateTime } = useI18n();
  if (accounts.length === 0) return null;
  return (
    <section class="notice notice--warning" data-testid="duplicate-notice" aria-live="polite">
      <h3>{t('captureDuplicateTitle')}</h3>
      <ul class="plain-list">
        {accounts.map((account) => (
          <li key={account.id} class="duplicate">
            <div>
              <strong>{account.name}</strong> <StageBadge stage={account.stage} />
              <div class="muted">{t('captureDuplicateCaptured', { when: formatDateTime(account.capturedAt) })}</div>
            </div>
            <button class="button" type="button" disabled={busy} onClick={() => onAddTo(account)} data-testid="add-to-existing">
              {t('captureDuplicateUse')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
