import type { SiteListModel } from '../../lib/overlay/options/siteListModel';
import { useI18n } from '../common/I18n';

/** Every site LeadKit works on beyond the webmail hosts, each with its own way off (issue #19). */
export function SitesSettings({ model }: { model: SiteListModel }) {
  const { t } = useI18n();
  const state = model.state.value;
  return (
    <section class="card" aria-labelledby="sites-title" data-testid="sites-settings">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <p class="field__hint">{t('sitesIntro')}</p>
      {state.kind === 'loading' && <p class="muted" role="status">{t('sitesLoading')}</p>}
      {state.kind === 'failed' && (
        <p class="field__error" role="alert">
          {t('sitesLoadFailed')}{' '}
          <button type="button" class="button button--small" onClick={() => void model.load()}>{t('panelRetry')}</button>
        </p>
      )}
      {state.kind === 'ready' && state.sites.length === 0 && <p class="muted" data-testid="sites-empty">{t('sitesEmpty')}</p>}
      {state.kind === 'ready' && state.sites.length > 0 && (
        <ul class="site-list" data-testid="sites-list">
          {state.sites.map((site) => (
            <li key={site.origin} class="site-list__row" data-testid="site-row" data-origin={site.origin}>
              <span class="site-list__host">{site.host}</span>
              <span class="muted">
                {!site.granted ? t('sitesNoAccess') : site.launcher ? t('sitesLauncherAndBadge') : t('sitesBadgeOnly')}
              </span>
              {site.launcher && (
                <button type="button" class="button button--small" aria-label={t('sitesLauncherOffFor', { site: site.host })} onClick={() => void model.turnLauncherOff(site.origin)}>
                  {t('sitesLauncherOff')}
                </button>
              )}
              <button type="button" class="button button--small" data-testid="site-remove" aria-label={t('sitesRemoveFor', { site: site.host })} onClick={() => void model.remove(site.origin)}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {model.error.value && <p class="field__error" role="alert">{t(model.error.value)}</p>}
    </section>
  );
}
