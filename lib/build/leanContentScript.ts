import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const NATIVE_BROWSER = '\0leadkit:native-browser';
const WXT_CONTEXT = 'wxt/utils/content-script-context';

/**
 * Builds the named content scripts without WXT's content-script runtime cost (issue #3, item 6:
 * the always-on compose.js gets ≤ 2 ms of a page's main thread on load). For those entrypoints only:
 * - `wxt/utils/content-script-context` is `context` (a file exporting a lighter `ContentScriptContext`
 *   with the same constructor), which WXT's generated entry then constructs and hands to `main`;
 * - `wxt/browser` is the browser's own API (WXT's default without @wxt-dev/webextension-polyfill:
 *   Firefox's `browser`, else Chrome's promise-returning `chrome`), not the polyfill, which wraps
 *   the API in proxies when it loads.
 * WXT builds each content script on its own, with its name defined as import.meta.env.ENTRYPOINT.
 */
export function leanContentScript(entrypoints: readonly string[], context: string): Plugin {
  let active = false;
  let contextFile = context;
  return {
    name: 'leadkit:lean-content-script',
    enforce: 'pre',
    configResolved(config) {
      const name = config.define?.['import.meta.env.ENTRYPOINT'];
      active = typeof name === 'string' && entrypoints.includes(JSON.parse(name) as string);
      contextFile = resolve(config.root, context);
    },
    resolveId(source) {
      if (!active) return null;
      if (source === WXT_CONTEXT) return contextFile;
      return source === POLYFILL || source === 'wxt/browser' ? NATIVE_BROWSER : null;
    },
    load(id) {
      if (id !== NATIVE_BROWSER) return null;
      return 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;';
    },
  };
}
