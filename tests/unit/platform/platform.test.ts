import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../lib/i18n';
import type { Account } from '../../../lib/model';
import { dueReminders } from '../../../lib/pipeline/reminders';
import { chromePlatform } from '../../../lib/platform/chrome';
import { firefoxPlatform } from '../../../lib/platform/firefox';
import { platform } from '../../../lib/platform';
import type { PanelApis } from '../../../lib/platform/types';
import { reminderNotifications } from '../../../lib/reminders/reminderNotifications';
import { account, task } from '../pipeline/fixtures';

const NOW = 10_000_000;
const t = createTranslator({
  pipelineReminderGroupTitle: { message: '{count} actions are due' },
  pipelineActionFirstContact: { message: 'First contact' },
});

/** Both browsers' panel APIs, recording which one the adapter used. */
function panelApis(): PanelApis & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    sidePanel: { open: async ({ windowId }) => void calls.push(`sidePanel:${windowId}`) },
    sidebarAction: { open: async () => void calls.push('sidebarAction') },
  };
}

describe('platform adapters (issue #27)', () => {
  it('Chrome opens its per-window side panel, and nothing without a window', () => {
    const apis = panelApis();
    void chromePlatform.openPanel(apis, 7);
    expect(chromePlatform.openPanel(apis, undefined)).toBeUndefined();
    expect(apis.calls).toEqual(['sidePanel:7']);
  });

  it('Firefox opens its sidebar (sidebar_action), with or without a window, never sidePanel', () => {
    const apis = panelApis();
    void firefoxPlatform.openPanel(apis, 7);
    void firefoxPlatform.openPanel(apis, undefined);
    expect(apis.calls).toEqual(['sidebarAction', 'sidebarAction']);
  });

  it('a browser without the API opens nothing and does not throw', () => {
    expect(chromePlatform.openPanel({}, 1)).toBeUndefined();
    expect(firefoxPlatform.openPanel({}, 1)).toBeUndefined();
  });

  const group = { iconUrl: 'data:,', title: '12 actions are due', lines: [{ title: 'Acme', message: 'Call back' }, { title: '', message: 'Send the quote' }], priority: 1 };

  it('Chrome groups items in a list notification', () => {
    expect(chromePlatform.groupedNotification(group)).toEqual({
      type: 'list',
      iconUrl: 'data:,',
      title: '12 actions are due',
      message: '',
      items: [{ title: 'Acme', message: 'Call back' }, { title: '', message: 'Send the quote' }],
      priority: 1,
    });
  });

  it('Firefox has no list type: one basic notification, the count in the title, the top items as lines', () => {
    const options = firefoxPlatform.groupedNotification(group);
    expect(options).toEqual({ type: 'basic', iconUrl: 'data:,', title: '12 actions are due', message: 'Acme · Call back\nSend the quote', priority: 1 });
    expect(options).not.toHaveProperty('items');
  });

  it('Firefox keeps each line short, however long an account name is', () => {
    const long = firefoxPlatform.groupedNotification({ ...group, lines: [{ title: 'A'.repeat(10_000), message: 'Call' }] });
    expect(long.message.length).toBeLessThanOrEqual(80);
    expect(long.message.endsWith('…')).toBe(true);
  });

  it('a grouped reminder takes the form of the adapter it is given', () => {
    const tasks = Array.from({ length: 12 }, (_, index) => task({ id: `t${index}`, dueAt: NOW - 1_000 - index }));
    const plan = dueReminders(tasks, NOW, NOW - 60_000);
    const accounts = new Map<string, Account>([['acc-1', account({ name: 'Acme' }) as unknown as Account]]);
    const [firefox] = reminderNotifications(plan, accounts, NOW, t, firefoxPlatform);
    expect(firefox!.options).toMatchObject({ type: 'basic', title: '12 actions are due' });
    expect(firefox!.options.message.split('\n')).toEqual(Array(5).fill('Acme · First contact'));
    const [chrome] = reminderNotifications(plan, accounts, NOW, t, chromePlatform);
    expect(chrome!.options).toMatchObject({ type: 'list', items: Array(5).fill({ title: 'Acme', message: 'First contact' }) });
  });

  it('outside a Firefox build the Chrome adapter is the one in use', () => {
    expect(import.meta.env.FIREFOX).toBeFalsy();
    expect(platform).toBe(chromePlatform);
  });
});

const ROOT = join(__dirname, '../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('browser differences live in lib/platform only', () => {
  it('no feature calls a panel API, builds a list notification or asks which browser it runs in', () => {
    const offenders = ['lib', 'entrypoints', 'components']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => !relative(ROOT, file).startsWith(join('lib', 'platform')))
      .filter((file) => /\bsidePanel\.|\bsidebarAction\b|type: 'list'|import\.meta\.env\.(FIREFOX|CHROME|BROWSER|SAFARI|EDGE)/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
