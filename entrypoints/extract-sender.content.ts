import { defineContentScript } from '#imports';
import { extractInPage } from '../lib/capture/extractInPage';

// Injected only when the rep captures the sender of an open email (registration: 'runtime').
export default defineContentScript({ registration: 'runtime', matches: [], noScriptStartedPostMessage: true, main: () => extractInPage('sender') });
