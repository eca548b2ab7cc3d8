import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/common/I18n';
import { DealsSection } from '../../../components/sidepanel/DealsSection';
import { openLeadKitDB } from '../../../lib/db';
import { dealFromDraft, emptyDraft } from '../../../lib/deals/dealDraft';
import { listDealsOfAccount, saveDeal } from '../../../lib/deals/dealStore';
import { createDealsPanelModel, type DealsPanelDeps } from '../../../lib/deals/panel/dealsPanelModel';
import { DEFAULT_STAGE_PROBABILITY } from '../../../lib/deals/stageProbability';
import type { Account } from '../../../lib/model';
import type { AccountDetails } from '../../../lib/sidepanel/state';
import { openDeal } from './fixtures';

const account = { id: 'a1', name: 'Acme', domain: 'acme.com', stage: 'opportunity', createdAt: 1, updatedAt: 1, version: 0, capturedAt: 1, tags: [], phones: [], emails: [] } as unknown as Account;
const context = { before: null, id: 'n1', accountId: 'a1', ownerId: 'Ann', now: 5, table: DEFAULT_STAGE_PROBABILITY, decimal: '.' as const };

describe('deal form draft', () => {
  it('turns what the rep typed into a deal, with the stage’s default probability', () => {
    const draft = { ...emptyDraft('USD', 'negotiation', '2027-03-01', DEFAULT_STAGE_PROBABILITY), name: ' Pilot ', amount: '12,345.67' };
    const result = dealFromDraft(draft, context);
    expect(result).toMatchObject({ ok: true, deal: { name: 'Pilot', amount: 1_234_567, currency: 'USD', probability: 70, ownerId: 'Ann', status: 'open' } });
  });

  it('names every wrong field at once', () => {
    const draft = { ...emptyDraft('USD', 'opportunity', 'nope', DEFAULT_STAGE_PROBABILITY), amount: '12.345', probability: '150', currency: 'usd', probabilityTyped: true };
    expect(dealFromDraft(draft, context)).toEqual({ ok: false, errors: { name: 'dealErrorRequired', amount: 'dealErrorDecimals', expectedCloseDate: 'dealErrorDate', probability: 'dealErrorProbability' } });
    expect(dealFromDraft({ ...draft, currency: 'ZZZ' }, context)).toMatchObject({ ok: false, errors: { currency: 'dealErrorCurrency' } });
  });
});

describe('side panel deals section (real IndexedDB)', () => {
  async function mount(name: string) {
    const db = await openLeadKitDB(name);
    const deps: DealsPanelDeps = {
      listDeals: (accountId) => listDealsOfAccount(db, accountId),
      saveDeal: async (deal) => void (await saveDeal(db, deal)),
      stageProbabilities: async () => DEFAULT_STAGE_PROBABILITY,
      defaultCurrency: async () => 'USD',
      me: async () => 'Ann',
      now: () => 1_800_000_000_000,
      today: () => '2027-01-15',
      decimal: '.',
    };
    const model = createDealsPanelModel(deps);
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <I18nProvider locale="en">
          <DealsSection model={model} details={{ account, contacts: [] } as unknown as AccountDetails} />
        </I18nProvider>,
        root,
      );
    });
    await act(() => model.show(account));
    return { db, model, root };
  }
  const type = async (root: HTMLElement, id: string, value: string) =>
    act(() => {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const key = async (root: HTMLElement, id: string, k: string) =>
    act(async () => {
      root.querySelector(`#${id}`)!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  const submit = async (root: HTMLElement) =>
    act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

  it('shows the empty state, adds a deal from the keyboard, and lists it formatted', async () => {
    const { db, model, root } = await mount('deals-panel-1');
    expect(root.querySelector('[data-testid="deals-empty"]')?.textContent).toMatch(/No open deals/);
    await act(() => model.startAdd());
    expect(document.activeElement?.id).toBe('deal-name');
    await type(root, 'deal-name', 'Pilot');
    await type(root, 'deal-amount', '12,34x');
    await submit(root);
    expect(root.querySelector('#deal-amount-error')?.textContent).toMatch(/12,345.67/);
    expect(root.querySelector('#deal-amount')?.getAttribute('aria-invalid')).toBe('true');
    expect(await db.count('deals')).toBe(0);
    await type(root, 'deal-amount', '12,345.67');
    expect(root.querySelector('#deal-amount-error')).toBeNull();
    await submit(root);
    expect(await db.count('deals')).toBe(1);
    expect(root.querySelector('[data-testid="deal-amount"]')?.textContent).toBe('$12,345.67');
    expect(root.querySelector('[data-testid="deal-row"]')?.textContent).toMatch(/40%/);
    db.close();
  });

  it('Esc cancels an edit without saving; closing as won leaves the open list', async () => {
    const { db, model, root } = await mount('deals-panel-2');
    await saveDeal(db, openDeal());
    await act(() => model.show(account));
    await act(() => model.startEdit(model.deals.value[0]!, 'edit'));
    await type(root, 'deal-name', 'Changed');
    await key(root, 'deal-name', 'Escape');
    expect(root.querySelector('form')).toBeNull();
    expect((await db.get('deals', 'd1'))!.name).toBe('Pilot');
    await act(() => model.startEdit(model.deals.value[0]!, 'won'));
    await type(root, 'deal-grossMargin', '3,000');
    await type(root, 'deal-collected', '1,500.50');
    await submit(root);
    expect(await db.get('deals', 'd1')).toMatchObject({ status: 'won', stage: 'won', probability: 100, closedOn: '2027-01-15', grossMargin: 300_000, collected: 150_050 });
    expect(root.querySelectorAll('[data-testid="deal-row"]')).toHaveLength(0);
    db.close();
  });
});
