import { afterEach, describe, expect, it } from 'vitest';
import { nativeApi } from '../../../lib/overlay/rawMessage';

const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
const saved = { browser: scope.browser, chrome: scope.chrome };

describe('the tiny content scripts’ extension API', () => {
  afterEach(() => Object.assign(scope, saved));

  it('is not fooled by a page element named "browser"', () => {
    const chromeApi = { runtime: { id: 'ext', sendMessage: async () => undefined }, i18n: { getMessage: () => '' } };
    const element = document.createElement('div');
    element.id = 'browser';
    Object.assign(scope, { browser: element, chrome: chromeApi });
    expect(nativeApi()).toBe(chromeApi);
  });

  it('takes Firefox’s own `browser` when it is the real API', () => {
    const firefoxApi = { runtime: { id: 'ext', sendMessage: async () => undefined }, i18n: { getMessage: () => '' } };
    Object.assign(scope, { browser: firefoxApi, chrome: undefined });
    expect(nativeApi()).toBe(firefoxApi);
  });
});
