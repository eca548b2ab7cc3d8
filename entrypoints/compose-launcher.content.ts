import { defineContentScript } from '#imports';
import { startComposeOverlay } from '../lib/overlay/composeOverlay';

// The compose launcher and recipient chip (issue 6), injected by the background into the frame whose
// stub (compose.js) heard the rep start to write (issue #3), so it starts at once, for the focused box.
// Built without the polyfill and with a lighter context than WXT's (modules/leanContentScript.ts).
export default defineContentScript({ registration: 'runtime', matches: [], noScriptStartedPostMessage: true, main: startComposeOverlay });
