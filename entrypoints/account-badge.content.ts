import { defineContentScript } from '#imports';
import { showAccountBadge } from '../lib/overlay/accountBadge';

// Registered for the sites the rep granted, or injected through activeTab after a capture.
export default defineContentScript({ registration: 'runtime', matches: [], noScriptStartedPostMessage: true, main: showAccountBadge });
