import { browser, type Browser } from 'wxt/browser';
import { openPanel } from '../platform';
import { originPermissionFor } from '../permissions/originPermission';
import { resolveLocale, translatorFor } from '../i18n';
import { NOTIFICATION_ICON } from '../reminders/reminderNotifications';
import { loadSettings } from '../settings/settingsStore';
import { hostOfPattern } from './options/siteListModel';
import { composeSitesItem } from './siteOverlays';
import { WEBMAIL_MATCHES } from './webmailMatches';

export const MENU_LAUNCHER_SITE = 'leadkit-launcher-site';
const REFUSED_NOTIFICATION = 'leadkit-launcher-refused';

// Our messages.json is generated at build time, so WXT's typed key list does not know these keys.
const message = (key: string): string => (browser.i18n.getMessage as (name: string) => string)(key);

/** The toolbar icon's own menu: turn the script launcher on for the site in front of the rep. */
export const launcherMenuItem = (): Browser.contextMenus.CreateProperties => ({
  id: MENU_LAUNCHER_SITE,
  title: message('menuLauncherSite'),
  contexts: ['action'],
});

/** Adds a site to the launcher's list; the overlay background registers and injects it. */
export async function turnLauncherOn(origin: string): Promise<void> {
  const sites = await composeSitesItem.getValue();
  if (!sites.includes(origin)) await composeSitesItem.setValue([...sites, origin]);
}

/**
 * The menu's click (issue #19): the browser's prompt for this one site starts inside the click,
 * before any await, or the browser refuses to show it. A refusal says so in a notification, since
 * the rep may have no LeadKit page open to say it in. The webmail hosts need nothing: the panel opens.
 */
export function listenForLauncherMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_LAUNCHER_SITE || !tab) return;
    const origin = tab.url ? originPermissionFor(tab.url) : null;
    if (!origin || WEBMAIL_MATCHES.includes(origin)) {
      openPanel(tab.windowId);
      return;
    }
    const refused = () =>
      void loadSettings()
        .then((settings) => {
          const t = translatorFor(resolveLocale(settings.locale, navigator.language));
          return browser.notifications.create(REFUSED_NOTIFICATION, {
            type: 'basic',
            iconUrl: NOTIFICATION_ICON,
            title: t('menuLauncherRefusedTitle'),
            message: t('menuLauncherRefused', { site: hostOfPattern(origin) }),
          });
        })
        .catch((error: unknown) => console.warn('[leadkit] could not say the launcher was refused', error));
    browser.permissions.request({ origins: [origin] }).then(
      (granted) => (granted ? turnLauncherOn(origin) : refused()),
      refused,
    );
  });
}
