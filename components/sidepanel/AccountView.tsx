import type { AccountSection } from '../../lib/sidepanel/sections';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { useI18n } from '../common/I18n';
import { StageBadge } from '../common/StageBadge';

/** A known account: who they are, then each feature's section (stage, contacts, timeline…). */
export function AccountView({ details, sections }: { details: AccountDetails; sections: AccountSection[] }) {
  const { account } = details;
  const { t, formatDateTime } = useI18n();
  return (
    <article class="account" data-testid="account-view" aria-labelledby="account-name">
      <header class="account__header">
        <h2 id="account-name" data-testid="account-name">{account.name}</h2>
        <div class="account__meta">
          <span class="muted" data-testid="account-domain">{account.domain}</span>
          <StageBadge stage={account.stage} />
        </div>
        <p class="muted">{t('accountCaptured', { when: formatDateTime(account.capturedAt) })}</p>
      </header>
      {(account.emails.length > 0 || account.phones.length > 0 || account.address) && (
        <dl class="facts">
          {account.emails.length > 0 && (
            <>
              <dt>{t('captureField_email')}</dt>
              <dd>{account.emails.join(', ')}</dd>
            </>
          )}
          {account.phones.length > 0 && (
            <>
              <dt>{t('captureField_phone')}</dt>
              <dd>{account.phones.join(', ')}</dd>
            </>
          )}
          {account.address?.text && (
            <>
              <dt>{t('captureField_address')}</dt>
              <dd>{account.address.text}</dd>
            </>
          )}
        </dl>
      )}
      {[...sections]
        .sort((a, b) => a.order - b.order)
        .map((section) => (
          <div key={section.id} data-section={section.id}>
            {section.render(details)}
          </div>
        ))}
    </article>
  );
}
