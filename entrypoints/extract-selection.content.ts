import { defineContentScript } from '#imports';
import { extractInPage } from '../lib/capture/extractInPage';

// Injected only when the rep captures a selection (registration: 'runtime').
export default defineContentScript({ registration: 'runtime', matches: [], noScriptStartedPostMessage: true, main: () => extractInPage('selection') });
