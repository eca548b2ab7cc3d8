import type { Account } from '../../lib/model';
import { useI18n } from '../common/I18n';

/** Two existing accounts both look like this company: offer to merge the second into the first. */
export function MergeAccountsOffer({ accounts, busy, onMerge }: { accounts: Account[]; busy: boolean; onMerge(kept: Account, other: Account): void }) {
  const { t } = useI18n();
  const [kept, other] = accounts;
  if (!kept || !other) return null;
  return (
    <section class="notice" data-testid="merge-accounts-offer">
      <p>{t('captureMergeAccountsOffer', { kept: kept.name, other: other.name })}</p>
      <button class="button" type="button" disabled={busy} onClick={() => onMerge(kept, other)} data-testid="merge-accounts">
        {t('captureMergeAccountsButton', { other: other.name, kept: kept.name })}
      </button>
    </section>
  );
}
