import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const ROOT = join(__dirname, '../../..');
const STORE = join(ROOT, 'docs/store');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const { version } = JSON.parse(read('package.json')) as { version: string };
const LISTINGS = [
  { file: 'listing.en.md', privacy: 'privacy.en.md', locale: 'en' },
  { file: 'listing.zh-CN.md', privacy: 'privacy.zh-CN.md', locale: 'zh_CN' },
];
const messages = (locale: string, fragment: string) =>
  JSON.parse(read(`lib/i18n/messages/${locale}/${fragment}.json`)) as Record<string, { message: string }>;

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 3; command: 'build' }) => {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
};
const manifestFor = (browser: string) => (config.manifest as unknown as ManifestFn)({ mode: 'production', browser, manifestVersion: 3, command: 'build' });

/** The level-2 section of a Markdown file under `heading`, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end).split('\n').slice(2).join('\n').trim();
}

describe('store listings (issue #25)', () => {
  for (const listing of LISTINGS) {
    const markdown = readFileSync(join(STORE, listing.file), 'utf8');
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);

    it(`${listing.file}: explains exactly the permissions and hosts the manifest asks for`, () => {
      const permissionsSection = section(markdown, headings[4]!);
      const explained = new Set([...permissionsSection.matchAll(/^- (.*?)(?:: |：)/gm)].flatMap((match) => [...match[1]!.matchAll(/`([^`]+)`/g)].map((name) => name[1]!)));
      const chrome = manifestFor('chrome');
      const firefox = manifestFor('firefox');
      const asked = new Set([...chrome.permissions, ...firefox.permissions, ...chrome.host_permissions, ...chrome.optional_host_permissions]);
      expect([...explained].sort()).toEqual([...asked].sort());
    });

    it(`${listing.file}: name and short description are the extension's own, within Chrome's 132 characters`, () => {
      const manifest = messages(listing.locale, 'manifest');
      expect(section(markdown, headings[0]!)).toBe(manifest.extName!.message);
      const short = section(markdown, headings[1]!);
      expect(short).toBe(manifest.extDescription!.message);
      expect(short.length).toBeLessThanOrEqual(132);
    });

    it(`${listing.privacy}: the same policy as the extension's privacy page, for this version`, () => {
      const policy = readFileSync(join(STORE, listing.privacy), 'utf8');
      const texts = Object.entries(messages(listing.locale, 'privacy'))
        .filter(([key]) => key !== 'privacyOpenLink')
        .map(([, text]) => text.message.replace('{version}', version));
      for (const text of texts) expect(policy).toContain(text);
    });

    it(`${listing.file}: every screenshot it names is 1280×800`, () => {
      const shots = [...section(markdown, headings.at(-2)!).matchAll(/`([\w-]+\.png)`/g)].map((match) => match[1]!);
      expect(shots.length).toBeGreaterThanOrEqual(4);
      for (const shot of shots) {
        const png = readFileSync(join(STORE, 'screenshots', shot));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], shot).toEqual([1280, 800]);
      }
    });
  }

  it('CHANGELOG.md starts with the version package.json gives the packages', () => {
    expect(/^## \[?([\d.]+)/m.exec(read('CHANGELOG.md'))?.[1]).toBe(version);
  });
});
