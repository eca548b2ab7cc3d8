import type { Account } from '../../lib/model';
import { useI18n } from '../common/I18n';
import { GradeBadge } from '../common/GradeBadge';
import { StageBadge } from '../common/StageBadge';

/** Shown above the form when the company is already an account: add to it rather than duplicate it. */
export function DuplicateNotice({ accounts, busy, onAddTo, reasons, onMerge }: {
  accounts: Account[];
  busy: boolean;
  onAddTo(account: Account): void;
  /** Why each account is a likely duplicate, by id (issue 3: domain, name, email, phone). */
  reasons?: Readonly<Record<string, readonly string[]>>;
  /** Opens the field-by-field merge of the capture into this account. */
  onMerge?(account: Account): void;
}) {
  const { t, formatDateTime } = useI18n();
  if (accounts.length === 0) return null;
  return (
    <section class="notice notice--warning" data-testid="duplicate-notice" aria-live="polite">
      <h3>{t('captureDuplicateTitle')}</h3>
      <ul class="plain-list">
        {accounts.map((account) => (
          <li key={account.id} class="duplicate">
            <div>
              <strong>{account.name}</strong> <StageBadge stage={account.stage} /> <GradeBadge score={account.score} />
              <div class="muted">{t('captureDuplicateCaptured', { when: formatDateTime(account.capturedAt) })}</div>
              {reasons?.[account.id] && (
                <div class="muted" data-testid="duplicate-reasons">{reasons[account.id]!.map((reason) => t(`captureDuplicateReason_${reason}`)).join(' · ')}</div>
              )}
            </div>
            {onMerge && (
              <button class="button button--quiet" type="button" disabled={busy} onClick={() => onMerge(account)} data-testid="merge-into-existing">
                {t('captureDuplicateMerge')}
              </button>
            )}
            <button class="button" type="button" disabled={busy} onClick={() => onAddTo(account)} data-testid="add-to-existing">
              {t('captureDuplicateUse')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
