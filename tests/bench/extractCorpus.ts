import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** One hand-labelled fixture page (tests/fixtures/pages/<name>.html + <name>.expected.json). */
export interface CorpusPage {
  name: string;
  url: string;
  kind: string;
  html: string;
  /** Per field: accepted value(s); null means "a rep expects nothing here"; absent means not judged. */
  expect: Record<string, string | string[] | null>;
}

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

export function loadCorpus(): CorpusPage[] {
  return readdirSync(PAGES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      const expected = JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8')) as Omit<CorpusPage, 'name' | 'html'>;
      return { name, html: readFileSync(join(PAGES_DIR, file), 'utf8'), ...expected };
    });
}

/** Parses a page the way the fixtures are meant: no scripts run, nothing is fetched. */
export function parsePage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
