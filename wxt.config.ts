import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WEBMAIL_MATCHES } from './lib/overlay/webmailMatches';

// The e2e build adds host access to the local fixture sites only (`*.test`, mapped to 127.0.0.1 by
// the test browser): a test cannot click the toolbar icon, so it cannot grant `activeTab` the way
// a rep does. Everything else in the manifest is the production one.
// `http://localhost/*` is the local sync server of tests/e2e/sync.test.ts (a rep grants its origin in the options page).
const E2E_HOSTS = ['http://*.test/*', 'http://localhost/*'];

export default defineConfig({
  // Build-time code lives in modules/ (WXT loads each file there): the merged locale files, the
  // manifest's icons, the lean content scripts, the page-invisible start, the e2e webmail hosts.
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Issue #25: `npm run zip` makes .output/leadkit-<version>-chrome.zip, -firefox.zip and, for Firefox's
  // review (which rebuilds the add-on from source), -sources.zip: what the build reads, without the
  // tests, the sync server, the docs and local test output.
  zip: {
    excludeSources: ['server/**', 'tests/**', 'test-results/**', 'docs/**', 'stats.html', '*.log'],
  },
  vite: () => ({
    // The dashboard worker loads its export and import code on first use (issue #8): a code-split
    // worker must be an ES module worker (the default iife format cannot split).
    worker: { format: 'es' },
    plugins: [preact()],
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Every permission has its reason pinned in tests/unit/manifest.test.ts.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'tabs',
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Webmail hosts (issue 6): the compose launcher runs there and loads its picker on demand.
    host_permissions: mode === 'e2e' ? [...WEBMAIL_MATCHES, ...E2E_HOSTS] : [...WEBMAIL_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Issue #25: one mark (assets/icon/leadkit.svg) for the toolbar, the extensions page and the
    // stores; modules/icons.ts puts it in the manifest.
    action: { default_title: '__MSG_actionTitle__' },
    // #22: the overlay frames' page (entrypoints/overlay), the one file a page may load, and only inside
    // our closed shadow hosts. With a dynamic URL its address changes every browser session, so a page
    // cannot probe for it with the extension's public id.
    web_accessible_resources: [{ resources: ['overlay.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandCapture__',
      },
    },
    // Firefox's built-in data consent (required of new add-ons on AMO, reported by `web-ext lint`): when the
    // rep connects a team backend, sync sends it the accounts and contacts they captured (names, emails,
    // phones: personallyIdentifyingInfo) and what was read from company pages (websiteContent). Nothing
    // goes anywhere else. Declared as required because the sync code does not ask for an optional grant.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadkit@leadkit.dev',
              // The version tests/e2e-firefox runs in (Debian's firefox-esr); older ones are untested.
              // It also knows data_collection_permissions (from 140), so the consent is always shown.
              strict_min_version: '153.0',
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
