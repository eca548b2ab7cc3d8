import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOL, type MessageType } from '../../../lib/messaging';

/**
 * #22: every message, who may send it and for which sites. A change to who may send what shows
 * up here as a change to this table, on purpose.
 */
const TABLE: Record<MessageType, string> = {
  'capture.tab': 'extension pages',
  'compose.loadLauncher': 'compose-stub on launcher sites',
  'compose.locale': 'compose-launcher on launcher sites',
  'chip.open': 'compose-launcher on launcher sites',
  'compose.openPicker': 'compose-launcher on launcher sites',
  'picker.open': 'compose-picker on launcher sites',
  'badge.open': 'account-badge on badge sites',
  'frame.pickerScripts': 'overlay frames (session-checked)',
  'frame.pickerFill': 'overlay frames (session-checked)',
  'frame.pickerInsert': 'overlay frames (session-checked)',
  'frame.chip': 'overlay frames (session-checked)',
  'frame.badge': 'overlay frames (session-checked)',
  'frame.openPanel': 'overlay frames (session-checked)',
  'frame.close': 'overlay frames (session-checked)',
  'sync.now': 'extension pages',
  'sync.test': 'extension pages',
};

/** The files each of our content scripts sends its messages from. */
const SCRIPT_FILES: Record<string, readonly string[]> = {
  'compose-stub': ['lib/overlay/composeStub.ts'],
  'compose-launcher': ['lib/overlay/composeLauncher.ts', 'lib/overlay/composeOverlay.ts'],
  'compose-picker': ['entrypoints/compose-picker.content.ts'],
  'account-badge': ['lib/overlay/accountBadge.ts'],
};

function describePolicy(type: MessageType): string {
  const policy = PROTOCOL[type].policy as { from: string; scripts?: readonly string[]; sites?: string; allowSubframes?: boolean };
  if (policy.from === 'extension-page') return 'extension pages';
  if (policy.from === 'overlay-frame') return 'overlay frames (session-checked)';
  return `${(policy.scripts ?? []).join(', ') || 'no script'} on ${policy.sites ? `${policy.sites} sites` : 'no site'}${policy.allowSubframes ? ' (sub-frames too)' : ''}`;
}

describe('who may send each message, for which sites (#22)', () => {
  it('the protocol says exactly what this table says, for every message', () => {
    expect(Object.fromEntries((Object.keys(PROTOCOL) as MessageType[]).map((type) => [type, describePolicy(type)]))).toEqual(TABLE);
  });

  it('each content-script message is sent from the scripts the table names, and from no other', () => {
    const root = join(import.meta.dirname, '../../..');
    const sources = Object.fromEntries(Object.entries(SCRIPT_FILES).map(([script, files]) => [script, files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n')]));
    for (const type of Object.keys(PROTOCOL) as MessageType[]) {
      const policy = PROTOCOL[type].policy as { from: string; scripts?: readonly string[] };
      if (policy.from !== 'content-script') continue;
      const senders = Object.keys(sources).filter((script) => sources[script]!.includes(`'${type}'`));
      expect(senders, type).toEqual([...(policy.scripts ?? [])]);
    }
  });
});
