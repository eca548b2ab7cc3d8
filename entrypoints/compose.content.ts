import { defineContentScript } from '#imports';
import { startComposeOverlay } from '../lib/overlay/composeOverlay';
import { WEBMAIL_MATCHES } from '../lib/overlay/webmailMatches';

// Declared for the webmail hosts only; other sites get it registered per granted site or injected on demand.
export default defineContentScript({ matches: [...WEBMAIL_MATCHES], noScriptStartedPostMessage: true, main: startComposeOverlay });
