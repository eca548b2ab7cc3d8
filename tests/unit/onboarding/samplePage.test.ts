import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureSamplePage } from '../../../lib/onboarding/samplePage';
import { isSamplePage, SAMPLE_SITE_URL } from '../../../lib/onboarding/samplePageAddress';
import { readDraft, type SessionArea } from '../../../lib/capture/draftStore';
import { parsePage } from '../../bench/extractQuality';

/** The page as shipped: the entrypoint's own HTML, not a copy. */
const SAMPLE_HTML = readFileSync(join(__dirname, '../../../entrypoints/sample-company/index.html'), 'utf8');

function memorySession(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    async get(key) {
      return key in items ? { [key]: items[key] } : {};
    },
    async set(more) {
      Object.assign(items, more);
    },
    async remove(key) {
      delete items[key];
    },
  };
}

describe('the sample company page (issue #26)', () => {
  it('captures itself with the real extractor and leaves the draft where the side panel reads it', async () => {
    const session = memorySession();
    const draft = await captureSamplePage(parsePage(SAMPLE_HTML, SAMPLE_SITE_URL), 42, session);
    const values = (field: keyof typeof draft.fields) => (draft.fields[field] ?? []).map((candidate) => candidate.value);
    expect(values('name')[0]).toBe('Northwind Robotics');
    expect(values('domain')[0]).toBe('northwind-robotics.example');
    expect(values('website')[0]).toBe('https://www.northwind-robotics.example');
    expect(values('address')[0]).toMatch(/^500 Harbor Way, Suite 210, San Francisco, CA 94107/);
    expect(values('phone')).toContain('+14155550134');
    expect(draft.url).toBe(SAMPLE_SITE_URL);
    expect(await readDraft(session, 42)).toEqual(draft);
  });

  it('is recognised by its path under this extension only', () => {
    const base = 'chrome-extension://abcdefghijklmnop/';
    expect(isSamplePage('chrome-extension://abcdefghijklmnop/sample-company.html', base)).toBe(true);
    expect(isSamplePage('chrome-extension://abcdefghijklmnop/sample-company.html#contact', base)).toBe(true);
    expect(isSamplePage('chrome-extension://otherextension/sample-company.html', base)).toBe(false);
    expect(isSamplePage('https://abcdefghijklmnop/sample-company.html', base)).toBe(false);
    expect(isSamplePage('chrome-extension://abcdefghijklmnop/options.html', base)).toBe(false);
    expect(isSamplePage(undefined, base)).toBe(false);
  });
});
