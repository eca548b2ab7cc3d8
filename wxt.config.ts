import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildLocaleFiles } from './lib/i18n/buildLocales';

// The e2e build adds host access to the local fixture sites only (`*.test`, mapped to 127.0.0.1 by
// the test browser): a test cannot click the toolbar icon, so it cannot grant `activeTab` the way
// a rep does. Everything else in the manifest is the production one.
const E2E_HOSTS = ['http://*.test/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push(...buildLocaleFiles(`${wxt.config.root}/lib/i18n/messages`));
    },
  },
  vite: () => ({
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
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: mode === 'e2e' ? E2E_HOSTS : [],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'leadkit@leadkit.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});
