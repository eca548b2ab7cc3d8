import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const NATIVE_BROWSER = '\0leadkit:native-browser';
const WXT_CONTEXT = 'wxt/utils/content-script-context';

/**
 * Builds the named content scripts without WXT's content-script runtime cost (issue #3, item 6:
 * the always-on compose.js gets ≤ 2 ms of a page's main thread on load). `contexts` maps each such
 * entrypoint's name to its context file (relative to the project root). For those entrypoints only:
 * - `wxt/utils/content-script-context` is that file (exporting a lighter `ContentScriptContext`
 *   with the same constructor), which WXT's generated entry then constructs and hands to `main`;
 *   each script gets the least it needs (the always-on stub a smaller one than the launcher);
 * - `wxt/browser` is the browser's own API (WXT's default without @wxt-dev/webextension-polyfill:
 *   Firefox's `browser`, else Chrome's promise-returning `chrome`), not the polyfill, which wraps
 *   the API in proxies when it loads.
 * WXT builds each content script on its own, with its name defined as import.meta.env.ENTRYPOINT.
 */
export function leanContentScript(contexts: Readonly<Record<string, string>>): Plugin {
  let contextFile: string | null = null;
  return {
    name: 'leadkit:lean-content-script',
    enforce: 'pre',
    configResolved(config) {
      const defined = config.define?.['import.meta.env.ENTRYPOINT'];
      const name = typeof defined === 'string' ? (JSON.parse(defined) as string) : null;
      const context = name !== null && Object.hasOwn(contexts, name) ? contexts[name] : undefined;
      contextFile = context === undefined ? null : resolve(config.root, context);
    },
    resolveId(source) {
      if (contextFile === null) return null;
      if (source === WXT_CONTEXT) return contextFile;
      return source === POLYFILL || source === 'wxt/browser' ? NATIVE_BROWSER : null;
    },
    load(id) {
      if (id !== NATIVE_BROWSER) return null;
      return 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;';
    },
  };
}

/** Issue #3: the always-on stub and the launcher it loads each get a context lighter than WXT's. */
export default defineWxtModule({
  name: 'leadkit:lean-content-script',
  setup(wxt) {
    addViteConfig(wxt, () => ({
      plugins: [leanContentScript({ compose: 'lib/overlay/composeStubContext.ts', 'compose-launcher': 'lib/overlay/composeContext.ts' })],
    }));
  },
});
