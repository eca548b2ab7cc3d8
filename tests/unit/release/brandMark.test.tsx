import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/common/I18n';
import { PanelHeader } from '../../../components/sidepanel/PanelHeader';
import { QueuePage } from '../../../components/queue/QueuePage';
import { createQueueModel } from '../../../lib/pipeline/panel/queueModel';

const ROOT = join(__dirname, '../../..');

function mount(node: preact.ComponentChild, locale: 'en' | 'zh_CN' = 'en'): HTMLElement {
  const root = document.createElement('div');
  render(<I18nProvider locale={locale}>{node}</I18nProvider>, root);
  return root;
}

function expectMark(root: HTMLElement, name: string) {
  const mark = root.querySelector('[data-testid="brand-mark"]');
  expect(mark?.textContent).toBe(name);
  const src = mark?.querySelector('img')?.getAttribute('src') ?? '';
  expect(existsSync(join(ROOT, 'public', src))).toBe(true);
}

/** Issue #25: the side panel, options, queue and dashboard carry the toolbar's name and mark. */
describe('the name and mark on every extension page', () => {
  it('the side panel bar, in both languages', () => {
    const none = () => {};
    expectMark(mount(<PanelHeader onOpenQueue={none} onOpenDashboard={none} onOpenSettings={none} />), 'LeadKit');
    expectMark(mount(<PanelHeader onOpenQueue={none} onOpenDashboard={none} onOpenSettings={none} />, 'zh_CN'), 'LeadKit 线索助手');
  });

  it('the queue page', async () => {
    const model = createQueueModel({ now: () => 0, me: async () => '', timeZone: async () => 'UTC', loadOpenWork: async () => ({ tasks: [], accounts: [] }), onDataChange: () => {} });
    await model.load();
    expectMark(mount(<QueuePage model={model} />), 'LeadKit');
  });

  it('the options and dashboard headers', () => {
    // Both need the browser's stores to render; their headers are read as written.
    for (const file of ['components/options/OptionsPage.tsx', 'components/dashboard/DashboardPage.tsx']) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(/<header class="\w+__header">\s*<BrandMark \/>/);
    }
  });
});
