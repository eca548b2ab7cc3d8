import type { AccessModel } from '../../lib/onboarding/accessModel';
import { useI18n } from '../common/I18n';

/** The capture shortcut and what LeadKit may do, with why (issue #26); the welcome and options pages show it. */
export function ShortcutAndPermissions({ model }: { model: AccessModel }) {
  const { t } = useI18n();
  const report = model.report.value;
  if (!report) return null;
  return (
    <section class="card" aria-labelledby="access-title" data-testid="access-section">
      <h2 id="access-title">{t('onboardingAccessTitle')}</h2>
      <p data-testid="capture-shortcut">
        {report.shortcut ? t('onboardingShortcutIs', { shortcut: report.shortcut }) : t('onboardingShortcutNone')}{' '}
        <button class="button button--quiet" type="button" data-testid="change-shortcut" onClick={model.openShortcutSettings}>
          {t('onboardingShortcutChange')}
        </button>
      </p>
      <h3>{t('onboardingPermissionsTitle')}</h3>
      <ul class="plain-list" data-testid="permission-list">
        {report.permissions.map((permission) => (
          <li key={permission.name} data-permission={permission.name}>
            <code>{permission.name}</code>: {t(permission.reasonKey)}
          </li>
        ))}
      </ul>
      <h3>{t('onboardingSitesTitle')}</h3>
      {report.sites.length ? (
        <ul class="plain-list" data-testid="site-list">
          {report.sites.map((site) => (
            <li key={site}>
              <code>{site}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('onboardingSitesNone')}</p>
      )}
      <p class="hint">{t('onboardingSitesHint')}</p>
    </section>
  );
}
