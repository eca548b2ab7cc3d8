import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

/** Every permission LeadKit holds, and why. A new entry must come with its reason here. */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'settings and per-tab capture drafts (storage.local / storage.session)',
  unlimitedStorage: 'a rep’s accounts must never be evicted from IndexedDB under storage pressure',
  activeTab: 'read the current page only when the rep captures it (icon, shortcut, context menu)',
  scripting:
    'inject the on-demand extractor into the tab the rep captures; the compose launcher into a webmail page (or a site the rep turned it on for) once the rep starts to write there (issue #3), and its picker when opened; register the badge and launcher for granted sites',
  tabs: 'the side panel follows the active tab’s URL to show its account; no page content is read',
  contextMenus: '“Capture this page / the selected text” menu items',
  alarms: 'one reminder alarm at the next action deadline, re-created from stored tasks (issue #5); sync every 5 min and its retry (issue #7); re-scoring as behaviour points decay (issue #4); the daily dashboard alert check (issue #8)',
  notifications: 'due and overdue next actions, grouped when many (issue #5); a dashboard alert once when a threshold is breached (issue #8)',
  sidePanel: 'the account panel beside the page (Chrome; Firefox uses sidebar_action)',
};

/** Host permissions held from install, and why (issue 6). Everything else is optional, per site. */
const DECLARED_HOSTS: Record<string, string> = {
  'https://mail.google.com/*': 'Gmail: the compose launcher sits by the compose box and inserts scripts; its picker is loaded on demand',
  'https://outlook.live.com/*': 'Outlook on the web (personal): the same compose launcher',
  'https://outlook.office.com/*': 'Outlook on the web (work or school): the same compose launcher',
  'https://outlook.office365.com/*': 'Outlook on the web (work or school, older address): the same compose launcher',
};

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' }) => Record<string, unknown>;
const manifestFor = (mode: string, browser: string) =>
  (config.manifest as unknown as ManifestFn)({ mode, browser, manifestVersion: 3, command: 'build' });

describe('manifest (least privilege)', () => {
  it('asks only for permissions with a stated reason', () => {
    const permissions = manifestFor('production', 'chrome').permissions as string[];
    expect(permissions.filter((permission) => !ALLOWED_PERMISSIONS[permission])).toEqual([]);
    expect(new Set(permissions)).toEqual(new Set(Object.keys(ALLOWED_PERMISSIONS)));
  });

  it('holds only the webmail hosts up front: other sites are reached through activeTab or asked for per site', () => {
    const manifest = manifestFor('production', 'chrome');
    expect(manifest.host_permissions).toEqual(Object.keys(DECLARED_HOSTS));
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('only the e2e build may reach the local *.test fixture sites and the local sync server', () => {
    expect(manifestFor('e2e', 'chrome').host_permissions).toEqual([...Object.keys(DECLARED_HOSTS), 'http://*.test/*', 'http://localhost/*']);
  });

  it('is not reachable from web pages or other extensions, and loads no remote code', () => {
    const manifest = manifestFor('production', 'chrome');
    expect(manifest).not.toHaveProperty('externally_connectable');
    // #22: one page only, the overlay frames', and only through a per-session dynamic URL (a page
    // that knows the public id cannot probe for it); its scripts load from the frame, not the page.
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['overlay.html'], matches: ['<all_urls>'], use_dynamic_url: true }]);
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it('Firefox gets a fixed add-on id and no Chrome-only permission', () => {
    const manifest = manifestFor('production', 'firefox');
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest).toHaveProperty('browser_specific_settings.gecko.id', 'leadkit@leadkit.dev');
  });

  it('Firefox states what sync may send to the team backend (built-in data consent), and nothing more', () => {
    // personallyIdentifyingInfo: captured contacts' names, emails, phones; websiteContent: what was read
    // from company pages. Only ever to the backend the rep configures (lib/sync). Chrome has no such key.
    expect(manifestFor('production', 'firefox')).toHaveProperty('browser_specific_settings.gecko.data_collection_permissions', {
      required: ['personallyIdentifyingInfo', 'websiteContent'],
    });
    expect(manifestFor('production', 'chrome')).not.toHaveProperty('browser_specific_settings');
  });
});
