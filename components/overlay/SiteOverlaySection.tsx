import { useEffect } from 'preact/hooks';
import type { SiteOverlayModel } from '../../lib/overlay/panel/siteOverlayModel';
import { useI18n } from '../common/I18n';

const hostOf = (origin: string): string => origin.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

/** The badge and the script launcher for the site in front of the rep, each granted per site. */
export function SiteOverlaySection({ model, url }: { model: SiteOverlayModel; url: string | undefined }) {
  const { t } = useI18n();
  useEffect(() => void model.check(url), [url]);
  const state = model.state.value;
  if (!state) return null;
  const site = hostOf(state.origin);
  return (
    <section class="section site-overlays" aria-labelledby="site-overlays-title" data-testid="site-overlays">
      <h3 id="site-overlays-title">{t('scriptsSiteTitle')}</h3>
      {state.badge ? (
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
