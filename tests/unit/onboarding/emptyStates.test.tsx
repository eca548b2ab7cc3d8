import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/common/I18n';
import { QueuePage } from '../../../components/queue/QueuePage';
import { ScriptsSection } from '../../../components/scripts/ScriptsSection';
import { SidePanel } from '../../../components/sidepanel/SidePanel';
import { createQueueModel } from '../../../lib/pipeline/panel/queueModel';
import { createScriptsPanelModel } from '../../../lib/scripts/panel/scriptsPanelModel';
import { createSidePanelModel } from '../../../lib/sidepanel/model';
import type { PanelDeps } from '../../../lib/sidepanel/deps';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts/defaultScripts';
import { account } from '../pipeline/fixtures';
import type { Account } from '../../../lib/model';

const NOW = Date.UTC(2026, 0, 5, 9);

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(<I18nProvider locale="en">{node}</I18nProvider>, root);
  return root;
}

/** Each empty state says what to do next in one sentence, with the action as a button (issue #26). */
describe('empty states that teach', () => {
  it('the queue with no actions: capture a company; with filters on: show all', async () => {
    const model = createQueueModel({ now: () => NOW, me: async () => '', timeZone: async () => 'UTC', loadOpenWork: async () => ({ tasks: [], accounts: [] }), onDataChange: () => {} });
    await model.load();
    let root = mount(<QueuePage model={model} />);
    expect(root.querySelector('.status__detail')?.textContent).toBe('Capture a company from its website and its first action appears here.');
    expect(root.querySelector('[data-testid="empty-try-sample"]')?.getAttribute('href')).toBe('/sample-company.html');

    model.setFilter({ stage: 'won' });
    await model.load();
    root = mount(<QueuePage model={model} />);
    expect(root.querySelector('.status__detail')?.textContent).toBe('No open action matches these filters.');
    root.querySelector<HTMLButtonElement>('[data-testid="queue-clear-filters"]')!.click();
    expect(model.filter.value).toEqual({ stage: undefined, grade: undefined });
    model.dispose();
  });

  it('the scripts list with none matching: clear the search', async () => {
    const model = createScriptsPanelModel(
      { listScripts: async () => [...DEFAULT_SCRIPTS], saveScript: async () => {}, copyText: async () => {}, repName: async () => 'Ann', onScriptsChange: () => {}, now: () => NOW },
      'en',
    );
    await model.load();
    model.setQuery('zzzqqq-nothing-like-this');
    const details = { account: account({ id: 'a1', stage: 'lead' }) as unknown as Account, contacts: [], activities: [] };
    const root = mount(<ScriptsSection model={model} details={details} />);
    expect(root.querySelector('[data-testid="scripts-empty"]')?.textContent).toContain('No script matches "zzzqqq-nothing-like-this": try another word, or search everything.');
    root.querySelector<HTMLButtonElement>('[data-testid="scripts-clear-search"]')!.click();
    expect(model.query.value).toBe('');
    model.dispose();
  });

  it('the side panel on a page LeadKit cannot read: try the sample company', async () => {
    const deps = { activeTab: async () => ({ id: 1, url: 'chrome://settings/' }), onActiveTabChange: () => {}, onDraftChange: () => {}, onDataChange: () => {}, readDraft: async () => null } as Partial<PanelDeps>;
    const model = createSidePanelModel(deps as PanelDeps);
    await model.refresh();
    expect(model.state.value.kind).toBe('unsupported');
    const root = mount(<SidePanel model={model} sections={[]} />);
    expect(root.querySelector('[data-testid="empty-try-sample"]')?.textContent).toBe('Try it on the sample company');
  });
});
