import { isPersonalMailDomain } from '../../lib/match/personalDomains';
import { useI18n } from '../common/I18n';

/**
 * A free-mail sender (gmail.com, qq.com…) names no company: say so, and what the rep can do
 * instead — enter the company by hand, or add the contact to an account listed above. Not when
 * the domain is already a company's (from the signature's website, or typed by the rep).
 */
export function PersonalDomainNotice({ email, domain: accountDomain = '' }: { email: string; domain?: string }) {
  const { t } = useI18n();
  if (!isPersonalMailDomain(email.trim())) return null;
  if (accountDomain.trim() && !isPersonalMailDomain(accountDomain.trim())) return null;
  const domain = email.trim().slice(email.trim().lastIndexOf('@') + 1).toLowerCase();
  return (
    <p class="notice" role="note" data-testid="personal-domain-notice">
      {t('capturePersonalDomain', { domain })}
    </p>
  );
}
