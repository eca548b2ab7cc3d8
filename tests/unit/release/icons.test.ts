import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import iconsModule, { ICON_SIZES } from '../../../modules/icons';
import { createTranslator } from '../../../lib/i18n';
import { dueReminders } from '../../../lib/pipeline/reminders';
import { NOTIFICATION_ICON, OVERDUE_NOTIFICATION_ICON, reminderNotifications } from '../../../lib/reminders/reminderNotifications';
import { renderIcons } from '../../../scripts/render-icons';
import { HOUR, task } from '../pipeline/fixtures';
import { HEAVY } from '../heavy';

const ROOT = join(__dirname, '../../..');
const PUBLIC = join(ROOT, 'public');
/** Every HTML entrypoint: side panel, options, queue, dashboard, the overlay frame, and any page added later. */
/** The sample company's page (#26) stands for a customer's site, so it shows no LeadKit mark. */
const NOT_OURS = ['sample-company'];
const EXTENSION_PAGES = readdirSync(join(ROOT, 'entrypoints')).filter(
  (name) => existsSync(join(ROOT, 'entrypoints', name, 'index.html')) && !NOT_OURS.includes(name),
);

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 3; command: 'build' }) => Record<string, unknown>;
/** The manifest as the build makes it: the config's, then the icons module's hook on it. */
function manifestFor(browser: string): Record<string, unknown> {
  const manifest = (config.manifest as unknown as ManifestFn)({ mode: 'production', browser, manifestVersion: 3, command: 'build' });
  const hooks = new Map<string, (wxt: unknown, manifest: Record<string, unknown>) => void>();
  const wxt = { hook: (name: string, run: (wxt: unknown, manifest: Record<string, unknown>) => void) => void hooks.set(name, run) };
  void iconsModule.setup?.(wxt as never, undefined as never);
  hooks.get('build:manifestGenerated')?.(wxt, manifest);
  return manifest;
}

describe('LeadKit’s mark (issue #25)', () => {
  it('the committed PNGs are the drawing rendered now, at the size their name says', () => {
    for (const [path, png] of renderIcons()) {
      const committed = readFileSync(join(PUBLIC, path));
      expect(committed.equals(png), `${path} is stale: run npx tsx scripts/render-icons.ts`).toBe(true);
    }
    for (const size of ICON_SIZES) expect(pngSize(readFileSync(join(PUBLIC, `icon/${size}.png`)))).toEqual([size, size]);
  }, HEAVY);

  it('the manifest gives the toolbar and the extensions page every size, in Chrome and Firefox', () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = manifestFor(browser) as { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
      expect(Object.keys(manifest.icons).map(Number)).toEqual([...ICON_SIZES]);
      expect(manifest.action.default_icon).toEqual(manifest.icons);
      for (const [size, path] of Object.entries(manifest.icons)) expect(pngSize(readFileSync(join(PUBLIC, path)))).toEqual([Number(size), Number(size)]);
    }
  });

  it('every extension page carries the mark as its favicon', () => {
    for (const page of EXTENSION_PAGES) {
      const html = readFileSync(join(ROOT, 'entrypoints', page, 'index.html'), 'utf8');
      const icons = [...html.matchAll(/<link rel="icon"[^>]*href="\/([^"]+)"/g)].map((match) => match[1]!);
      expect(icons.length, page).toBeGreaterThan(0);
      for (const icon of icons) expect(existsSync(join(PUBLIC, icon)), `${page}: ${icon}`).toBe(true);
    }
  });

  it('a due reminder shows the mark, an overdue one (alone or in a group) the distinct overdue variant', () => {
    const now = Date.parse('2025-03-11T10:00:00+08:00');
    const t = createTranslator({});
    const icons = (tasks: ReturnType<typeof task>[]) =>
      reminderNotifications(dueReminders(tasks, now), new Map(), now, t).map((notification) => notification.options.iconUrl);
    expect(icons([task({ id: 'due', dueAt: now })])).toEqual([NOTIFICATION_ICON]);
    expect(icons([task({ id: 'late', dueAt: now - 2 * HOUR })])).toEqual([OVERDUE_NOTIFICATION_ICON]);
    expect(icons(Array.from({ length: 10 }, (_, index) => task({ id: `t${index}`, dueAt: now - index * HOUR })))).toEqual([OVERDUE_NOTIFICATION_ICON]);
    const due = readFileSync(join(PUBLIC, NOTIFICATION_ICON));
    const overdue = readFileSync(join(PUBLIC, OVERDUE_NOTIFICATION_ICON));
    expect(pngSize(overdue)).toEqual(pngSize(due));
    expect(overdue.equals(due)).toBe(false);
  });
});
