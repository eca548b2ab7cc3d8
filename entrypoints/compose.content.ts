import { defineContentScript } from '#imports';
import { startComposeOverlay } from '../lib/overlay/composeOverlay';
import { WEBMAIL_MATCHES } from '../lib/overlay/webmailMatches';

// Declared for the webmail hosts only; other sites get it registered per granted site or injected on demand.
// Built without the polyfill and with a lighter context than WXT's (lib/build/leanContentScript.ts, issue #3).
export default defineContentScript({ matches: [...WEBMAIL_MATCHES], noScriptStartedPostMessage: true, main: startComposeOverlay });
