import { SAMPLE_PAGE_PATH } from '../../lib/onboarding/samplePageAddress';
import { useI18n } from '../common/I18n';

/**
 * The next step of an empty state (issue #26): try a capture on the sample company shipped with
 * LeadKit. A link in a new tab, so no page needs a browser API for it.
 */
export function SampleCompanyButton() {
  const { t } = useI18n();
  return (
    <a class="button button--primary" href={SAMPLE_PAGE_PATH} target="_blank" rel="noopener" data-testid="empty-try-sample">
      {t('onboardingEmptyTrySample')}
    </a>
  );
}
