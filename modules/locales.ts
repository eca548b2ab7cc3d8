import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { mergeMessageFragments } from '../lib/i18n/merge';
import type { Messages } from '../lib/i18n/translate';

/** The merged `_locales/<locale>/messages.json` files. */
export function buildLocaleFiles(messagesDir: string): Array<{ relativeDest: string; contents: string }> {
  return readdirSync(messagesDir).map((locale) => {
    const dir = join(messagesDir, locale);
    const fragments: Record<string, Messages> = {};
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      fragments[file] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages;
    }
    return { relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(mergeMessageFragments(fragments)) };
  });
}

/**
 * The browser reads `_locales/<locale>/messages.json`; we keep each locale's strings in fragments
 * per feature (lib/i18n/messages/<locale>/*.json) and merge them into that file at build time.
 */
export default defineWxtModule({
  name: 'leadkit:locales',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_wxt, files) => {
      files.push(...buildLocaleFiles(`${wxt.config.root}/lib/i18n/messages`));
    });
  },
});
