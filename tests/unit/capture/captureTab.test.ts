import { describe, expect, it, vi } from 'vitest';
import { captureErrorFor, captureTab, type CaptureDeps } from '../../../lib/background/captureTab';

const goodDraft = { url: 'https://acme.com/', pageTitle: 'Acme', capturedAt: 1, fields: {}, warnings: [] };

function deps(overrides: Partial<CaptureDeps> = {}): CaptureDeps & { stored: Record<string, unknown> } {
  const stored: Record<string, unknown> = {};
  return {
    stored,
    getTabUrl: async () => 'https://acme.com/',
    injectExtractor: async () => goodDraft,
    session: {
      get: async (key) => ({ [key]: stored[key] }),
      set: async (items) => void Object.assign(stored, items),
      remove: async (key) => void delete stored[key],
    },
    ...overrides,
  };
}

describe('captureTab', () => {
  it('keeps a valid draft for the side panel', async () => {
    const d = deps();
    await expect(captureTab(d, 7, 'page')).resolves.toMatchObject({ ok: true });
    expect(d.stored['draft:7']).toMatchObject({ url: 'https://acme.com/' });
  });

  it.each([['chrome://settings'], ['about:blank'], ['file:///x.html'], ['https://acme.com/brochure.pdf']])(
    'refuses %s before injecting anything',
    async (url) => {
      const injectExtractor = vi.fn();
      await expect(captureTab(deps({ getTabUrl: async () => url, injectExtractor }), 1, 'page')).resolves.toEqual({ ok: false, error: 'unsupportedPage' });
      expect(injectExtractor).not.toHaveBeenCalled();
    },
  );

  it('refuses what the page returns when it is not a valid draft, and stores nothing', async () => {
    const d = deps({ injectExtractor: async () => ({ url: 'javascript:alert(1)', pageTitle: 1 }) });
    await expect(captureTab(d, 1, 'page')).resolves.toEqual({ ok: false, error: 'extractionFailed' });
    expect(d.stored).toEqual({});
  });

  it('reports a closed tab, a missing selection and missing access in words the panel knows', async () => {
    await expect(captureTab(deps({ getTabUrl: async () => Promise.reject(new Error('No tab with id: 1')) }), 1, 'page')).resolves.toEqual({ ok: false, error: 'tabGone' });
    await expect(captureTab(deps({ injectExtractor: async () => ({ error: 'noSelection' }) }), 1, 'selection')).resolves.toEqual({ ok: false, error: 'noSelection' });
    expect(captureErrorFor(new Error('Cannot access contents of url "https://x.com/". Extension manifest must request permission to access this host.'))).toBe('noAccess');
    expect(captureErrorFor(new Error('Cannot access a chrome:// URL'))).toBe('unsupportedPage');
    expect(captureErrorFor(new Error('The extensions gallery cannot be scripted.'))).toBe('unsupportedPage');
    expect(captureErrorFor(new Error('boom'))).toBe('extractionFailed');
  });
});
