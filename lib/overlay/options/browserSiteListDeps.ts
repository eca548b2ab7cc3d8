import { browser } from 'wxt/browser';
import { composeSitesItem, grantedSites } from '../siteOverlays';
import type { SiteListDeps } from './siteListModel';

export function createBrowserSiteListDeps(): SiteListDeps {
  return {
    grantedSites,
    composeSites: () => composeSitesItem.getValue(),
    hasAccess: (origin) => browser.permissions.contains({ origins: [origin] }),
    setComposeSites: (sites) => composeSitesItem.setValue(sites),
    removeAccess: (origin) => browser.permissions.remove({ origins: [origin] }),
  };
}
