import { browser } from 'wxt/browser';
import { originPermissionFor } from '../../permissions/originPermission';
import { composeSitesItem } from '../siteOverlays';
import type { SiteOverlayDeps } from './siteOverlayModel';

export function createBrowserSiteOverlayDeps(): SiteOverlayDeps {
  return {
    originFor: originPermissionFor,
    hasAccess: (origin) => browser.permissions.contains({ origins: [origin] }),
    requestAccess: (origin) => browser.permissions.request({ origins: [origin] }),
    composeSites: () => composeSitesItem.getValue(),
    setComposeSites: (sites) => composeSitesItem.setValue(sites),
  };
}
