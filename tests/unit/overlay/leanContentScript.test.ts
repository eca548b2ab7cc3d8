import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { leanContentScript } from '../../../modules/leanContentScript';

type Hook = (...args: unknown[]) => unknown;

const CONTEXTS = { compose: 'lib/overlay/composeStubContext.ts', 'compose-launcher': 'lib/overlay/composeContext.ts' };

/** The plugin as Vite drives it for one WXT entrypoint build. */
function pluginFor(entrypoint: string) {
  const plugin = leanContentScript(CONTEXTS);
  (plugin.configResolved as Hook)({ root: '/repo', define: { 'import.meta.env.ENTRYPOINT': JSON.stringify(entrypoint) } } as unknown as ResolvedConfig);
  return { resolve: (source: string) => (plugin.resolveId as Hook).call({}, source, undefined, {}), load: (id: string) => (plugin.load as Hook).call({}, id) };
}

describe('compose.js and compose-launcher.js are built without the polyfill and WXT’s content-script runtime (issue #3, item 6)', () => {
  it('gives each listed entrypoint its own light context and the browser’s own API', () => {
    for (const [name, context] of Object.entries(CONTEXTS)) {
      const built = pluginFor(name);
      expect(built.resolve('wxt/utils/content-script-context')).toBe(`/repo/${context}`);
      const browser = built.resolve('@wxt-dev/webextension-polyfill/browser') as string;
      expect(built.resolve('wxt/browser')).toBe(browser);
      expect(built.load(browser)).toBe('export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;');
      expect(built.resolve('webextension-polyfill')).toBeNull();
    }
  });

  it('the always-on stub gets the smaller context, not the launcher’s', () => {
    expect(pluginFor('compose').resolve('wxt/utils/content-script-context')).toBe('/repo/lib/overlay/composeStubContext.ts');
    expect(pluginFor('compose-launcher').resolve('wxt/utils/content-script-context')).toBe('/repo/lib/overlay/composeContext.ts');
  });

  it('leaves every other entrypoint as WXT builds it', () => {
    for (const name of ['compose-picker', 'account-badge', 'background', 'html', 'toString', '__proto__']) {
      const other = pluginFor(name);
      expect(other.resolve('wxt/utils/content-script-context')).toBeNull();
      expect(other.resolve('@wxt-dev/webextension-polyfill/browser')).toBeNull();
    }
  });
});
