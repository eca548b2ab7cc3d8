/**
 * Renders LeadKit's one drawing (assets/icon/leadkit.svg) into the PNGs the manifest, the pages'
 * favicons and the notifications use (public/icon/). The PNGs are committed so a build needs no
 * native renderer; tests/unit/icons/icons.test.ts fails when they no longer match the drawing.
 *
 *   npx tsx scripts/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES } from '../modules/icons';

const ROOT = join(import.meta.dirname, '..');
export const ICON_SOURCE = join(ROOT, 'assets/icon/leadkit.svg');
export const ICON_DIR = join(ROOT, 'public/icon');

/** Notifications are shown at up to 80 px; one 128 px image is scaled down cleanly by the browser. */
const NOTIFICATION_SIZE = 128;

/**
 * The overdue variant: the lead dot becomes a red "!" badge, so an overdue reminder is told apart
 * from a due one at a glance, also in the notification centre's small thumbnail.
 */
const OVERDUE_BADGE =
  '<g><circle cx="96" cy="32" r="28" fill="#dc2626" stroke="#ffffff" stroke-width="6"/>' +
  '<rect x="91" y="14" width="10" height="24" rx="5" fill="#ffffff"/><circle cx="96" cy="47" r="6" fill="#ffffff"/></g>';

export function overdueSvg(svg: string): string {
  const dot = /<circle id="dot"[^>]*\/>/.exec(svg);
  if (!dot) throw new Error(`${ICON_SOURCE} has no <circle id="dot" …/> for the overdue badge to replace`);
  return svg.replace(dot[0], OVERDUE_BADGE);
}

function render(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** Every icon file, by its path under public/, rendered from the drawing. */
export function renderIcons(svg = readFileSync(ICON_SOURCE, 'utf8')): Map<string, Buffer> {
  const icons = new Map<string, Buffer>();
  for (const size of ICON_SIZES) icons.set(`icon/${size}.png`, render(svg, size));
  icons.set('icon/overdue.png', render(overdueSvg(svg), NOTIFICATION_SIZE));
  return icons;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const [path, png] of renderIcons()) {
    writeFileSync(join(ROOT, 'public', path), png);
    console.log(`public/${path}`);
  }
}
