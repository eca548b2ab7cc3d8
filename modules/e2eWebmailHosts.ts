import { defineWxtModule } from 'wxt/modules';
import { E2E_WEBMAIL_MATCHES } from '../lib/overlay/webmailMatches';

/**
 * The e2e build also runs the always-on stub on the saved webmail DOM (http://gmail.test…); the
 * background then injects the launcher there (lib/overlay/overlayBackground.ts adds the same hosts).
 * Every other build's manifest is left as generated.
 */
export default defineWxtModule({
  name: 'leadkit:e2e-webmail-hosts',
  setup(wxt) {
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      const compose = manifest.content_scripts?.find((script) => script.js?.includes('content-scripts/compose.js'));
      if (compose) compose.matches = [...(compose.matches ?? []), ...E2E_WEBMAIL_MATCHES];
    });
  },
});
