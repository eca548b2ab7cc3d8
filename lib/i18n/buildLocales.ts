import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeMessageFragments } from './merge';
import type { Messages } from './translate';

/** Build-time only (wxt.config.ts): the merged `_locales/<locale>/messages.json` files. */
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
