import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { leanContentScript } from '../../../lib/build/leanContentScript';

type Hook = (...args: unknown[]) => unknown;

/** The plugin as Vite drives it for one WXT entrypoint build. */
function pluginFor(entrypoint: string) {
  const plugin = leanContentScript(['compose'], 'lib/overlay/composeContext.ts');
  (plugin.configResolved as Hook)({ root: '/repo', define: { 'import.meta.env.ENTRYPOINT': JSON.stringify(entrypoint) } } as unknown as ResolvedConfig);
  return { resolve: (source: string) => (plugin.resolveId as Hook).call({}, source, undefined, {}), load: (id: string) => (plugin.load as Hook).call({}, id) };
}

describe('compose.js is built without the polyfill and WXT’s content-script runtime (issue #3, item 6)', () => {
  it('gives compose its own light context and the browser’s own API', () => {
    const compose = pluginFor('compose');
    expect(compose.resolve('wxt/utils/content-script-context')).toBe('/repo/lib/overlay/composeContext.ts');
    const browser = compose.resolve('@wxt-dev/webextension-polyfill/browser') as string;
    expect(compose.resolve('wxt/browser')).toBe(browser);
    expect(compose.load(browser)).toBe('export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;');
    expect(compose.resolve('webextension-polyfill')).toBeNull();
  });

  it('leaves every other entrypoint as WXT builds it', () => {
    for (const name of ['compose-picker', 'account-badge', 'background', 'html']) {
      const other = pluginFor(name);
      expect(other.resolve('wxt/utils/content-script-context')).toBeNull();
      expect(other.resolve('@wxt-dev/webextension-polyfill/browser')).toBeNull();
    }
  });
});
