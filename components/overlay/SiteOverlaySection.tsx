import { useEffect } from 'preact/hooks';
import { hostOfPattern } from '../../lib/overlay/options/siteListModel';
import type { SiteOverlayModel } from '../../lib/overlay/panel/siteOverlayModel';
import { useI18n } from '../common/I18n';

/**
 * The badge and the script launcher for the site in front of the rep, each granted per site. On a
 * page that is no account yet (`launcherOnly`) the badge would have nothing to show, so only the
 * launcher is offered.
 */
export function SiteOverlaySection({ model, url, launcherOnly = false }: { model: SiteOverlayModel; url: string | undefined; launcherOnly?: boolean }) {
  const { t } = useI18n();
  useEffect(() => void model.check(url), [url]);
  const state = model.state.value;
  if (!state) return null;
  const site = hostOfPattern(state.origin);
  return (
    <section class="section site-overlays" aria-labelledby="site-overlays-title" data-testid="site-overlays">
      <h3 id="site-overlays-title">{t('scriptsSiteTitle')}</h3>
      {launcherOnly ? null : state.badge ? (
        <p class="muted">{t('scriptsSiteBadgeOn', { site })}</p>
      ) : (
        <button type="button" class="button button--small" data-testid="site-badge-on" onClick={() => void model.showBadge()}>
          {t('scriptsSiteBadge')}
        </button>
      )}
      {state.compose ? (
        <p class="muted">
          {t('scriptsSiteComposeOn', { site })}{' '}
          <button type="button" class="button button--small" onClick={() => void model.setCompose(false)}>{t('scriptsSiteTurnOff')}</button>
        </p>
      ) : (
        <button type="button" class="button button--small" data-testid="site-compose-on" onClick={() => void model.setCompose(true)}>
          {t('scriptsSiteCompose')}
        </button>
      )}
      {model.error.value && <p class="field__error" role="alert">{t(model.error.value)}</p>}
    </section>
  );
}
