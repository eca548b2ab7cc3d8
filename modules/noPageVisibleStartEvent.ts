import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const CONTEXT_MODULE = /wxt\/dist\/utils\/content-script-context\.mjs$/;
const STOP_OLD = /\tstopOldScripts\(\) \{[\s\S]*?\n\t\}\n(?=\tverifyScriptStartedEvent)/;
const LISTEN_NEWER = /\tlistenForNewerScripts\(\) \{[\s\S]*?\n\t\}\n(?=\};)/;

/**
 * WXT's content-script context announces every start with a `document` CustomEvent whose type
 * carries our extension id, so a new copy can stop an old one after an update. Any page sees that
 * event (it learns LeadKit runs, and which script) and can forge it to switch our scripts off
 * (found by tests/e2e/hostile.test.ts, issue #9). We remove the handshake: an orphaned old copy
 * still stops itself through WXT's own `runtime.id` checks. If WXT's code changes shape the build
 * fails here, rather than silently shipping the leak again.
 */
export function noPageVisibleStartEvent(): Plugin {
  return {
    name: 'leadkit:no-page-visible-start-event',
    enforce: 'pre',
    transform(code, id) {
      if (!CONTEXT_MODULE.test(id.split('?')[0]!)) return null;
      if (!STOP_OLD.test(code) || !LISTEN_NEWER.test(code)) {
        throw new Error('leadkit: WXT content-script-context changed; update modules/noPageVisibleStartEvent.ts');
      }
      return code.replace(STOP_OLD, '\tstopOldScripts() {}\n').replace(LISTEN_NEWER, '\tlistenForNewerScripts() {}\n');
    },
  };
}

export default defineWxtModule({
  name: 'leadkit:no-page-visible-start-event',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [noPageVisibleStartEvent()] }));
  },
});
