import { defineContentScript } from '#imports';
import { startComposeStub } from '../lib/overlay/composeStub';
import { WEBMAIL_MATCHES } from '../lib/overlay/webmailMatches';

// The always-on stub (issue #3): declared for the webmail hosts only, registered per site the rep turns
// the launcher on for. It only waits for the rep to start writing, then asks for compose-launcher.js.
// Built without the polyfill and with the smallest context (modules/leanContentScript.ts).
export default defineContentScript({ matches: [...WEBMAIL_MATCHES], noScriptStartedPostMessage: true, main: startComposeStub });
