import { defineContentScript } from '#imports';
import { extractInPage } from '../lib/capture/extractInPage';

// Injected only when the rep captures (registration: 'runtime'), so pages never pay for it otherwise.
export default defineContentScript({ registration: 'runtime', matches: [], noScriptStartedPostMessage: true, main: () => extractInPage('page') });
