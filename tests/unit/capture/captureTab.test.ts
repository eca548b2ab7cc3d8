import { describe, expect, it, vi } from 'vitest';
import { CAPTURE_STEP_TIMEOUT_MS, captureErrorFor, captureTab, type CaptureDeps } from '../../../lib/background/captureTab';

const goodDraft = { url: 'https://acme.com/', pageTitle: 'Acme', capturedAt: 1, fields: {}, warnings: [] };

function deps(overrides: Partial<CaptureDeps> = {}): CaptureDeps & { stored: Record<string, unknown> } {
  const stored: Record<string, unknown> = {};
  return {
    stored,
    getTabUrl: async () => 'https://acme.com/',
    topDocument: async () => ({ url: 'https://acme.com/', documentId: 'doc-1' }),
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

  it('injects into the document whose URL it checked, and refuses when that document is gone (#22)', async () => {
    const injectExtractor = vi.fn(async () => goodDraft);
    await captureTab(deps({ injectExtractor }), 7, 'page');
    expect(injectExtractor).toHaveBeenCalledWith(7, 'page', 'doc-1');
    // The top document's own URL is checked as well as the tab's.
    const notInjected = vi.fn();
    await expect(captureTab(deps({ topDocument: async () => ({ url: 'chrome-error://chromewebdata/' }), injectExtractor: notInjected }), 7, 'page')).resolves.toEqual({ ok: false, error: 'unsupportedPage' });
    expect(notInjected).not.toHaveBeenCalled();
    // Chrome's answer when the tab navigated after the check.
    const gone = deps({ injectExtractor: async () => Promise.reject(new Error('No document with id 5E1B0C in tab with id 7')) });
    await expect(captureTab(gone, 7, 'page')).resolves.toEqual({ ok: false, error: 'tabChanged' });
    expect(gone.stored).toEqual({});
  });

  it('without a document id (Firefox), refuses a draft from another origin than the one checked', async () => {
    const navigated = deps({ topDocument: async () => ({ url: 'https://acme.com/' }), injectExtractor: async () => ({ ...goodDraft, url: 'https://evil.example/' }) });
    await expect(captureTab(navigated, 7, 'page')).resolves.toEqual({ ok: false, error: 'tabChanged' });
    expect(navigated.stored).toEqual({});
    await expect(captureTab(deps({ topDocument: async () => ({ url: 'https://acme.com/' }) }), 7, 'page')).resolves.toMatchObject({ ok: true });
  });

  it('gives up on a page that does not answer, and says so', async () => {
    vi.useFakeTimers();
    try {
      const stuck = deps({ injectExtractor: () => new Promise(() => {}) });
      const result = captureTab(stuck, 7, 'page');
      await vi.advanceTimersByTimeAsync(CAPTURE_STEP_TIMEOUT_MS);
      await expect(result).resolves.toEqual({ ok: false, error: 'timedOut' });
      const probeStuck = captureTab(deps({ topDocument: () => new Promise(() => {}) }), 7, 'page');
      await vi.advanceTimersByTimeAsync(CAPTURE_STEP_TIMEOUT_MS);
      await expect(probeStuck).resolves.toEqual({ ok: false, error: 'timedOut' });
    } finally {
      vi.useRealTimers();
    }
  });

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
