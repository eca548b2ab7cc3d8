import { describe, expect, it, vi } from 'vitest';
import type { PanelDeps } from '../../../lib/sidepanel/deps';
import { createSidePanelModel } from '../../../lib/sidepanel/model';
import type { Account, LeadDraft } from '../../../lib/model';
import { account } from '../db/fixtures';

const draft: LeadDraft = {
  url: 'https://acme.com/contact',
  pageTitle: 'Acme',
  capturedAt: 10,
  warnings: [],
  fields: {
    name: [{ value: 'Acme Robotics', confidence: 0.9, source: { extractor: 'jsonld' } }],
    domain: [{ value: 'acme.com', confidence: 1, source: { extractor: 'url' } }],
  },
};

function fakeDeps(overrides: Partial<PanelDeps> = {}) {
  const accounts: Account[] = [];
  const drafts = new Map<number, LeadDraft>();
  const deps: PanelDeps = {
    activeTab: async () => ({ id: 1, url: 'https://www.acme.com/contact' }),
    onActiveTabChange: () => {},
    readDraft: async (tabId) => drafts.get(tabId) ?? null,
    clearDraft: async (tabId) => void drafts.delete(tabId),
    onDraftChange: () => {},
    requestCapture: async (tabId) => {
      drafts.set(tabId, draft);
      return { ok: true, draft };
    },
    requestSiteAccess: async () => true,
    findAccountsByDomain: async (domain) => accounts.filter((a) => a.domain === domain),
    findDuplicateCandidates: async () => accounts.map((a) => ({ account: a })),
    accountDetails: async (id) => {
      const found = accounts.find((a) => a.id === id);
      return found ? { account: found, contacts: [], activities: [] } : null;
    },
    saveNewLead: async (form) => {
      const created = account({ id: `a${accounts.length + 1}`, name: form.name, domain: form.domain });
      accounts.push(created);
      return created;
    },
    addToExistingAccount: async (existing) => existing,
    mergeCaptureInto: async (existing) => existing,
    mergeAccounts: async (kept, away) => {
      accounts.splice(accounts.findIndex((a) => a.id === away.id), 1);
      return kept;
    },
    onDataChange: () => {},
    ...overrides,
  };
  return { deps, accounts, drafts };
}

describe('side panel model', () => {
  it('offers capture on an unknown site, then shows the draft, then the saved account', async () => {
    const { deps, drafts } = fakeDeps();
    const model = createSidePanelModel(deps);
    expect(model.state.value.kind).toBe('loading');
    await model.refresh();
    expect(model.state.value.kind).toBe('unknownSite');
    await model.capture();
    expect(model.state.value).toMatchObject({ kind: 'draft', values: { name: 'Acme Robotics', domain: 'acme.com' }, duplicates: [] });
    model.editField('name', 'Acme Robotics Ltd');
    await model.save();
    expect(model.state.value).toMatchObject({ kind: 'account', account: { name: 'Acme Robotics Ltd', domain: 'acme.com' } });
    expect(drafts.size).toBe(0);
  });

  it('offers the existing account instead of a duplicate', async () => {
    const { deps, accounts, drafts } = fakeDeps({ activeTab: async () => ({ id: 1 }) });
    accounts.push(account({ id: 'existing', domain: 'acme.com' }));
    drafts.set(1, draft);
    const model = createSidePanelModel(deps);
    await model.refresh();
    expect(model.state.value).toMatchObject({ kind: 'draft', duplicates: [{ id: 'existing' }] });
  });

  it('shows the account when the tab is on a known account site', async () => {
    const { deps, accounts } = fakeDeps();
    accounts.push(account({ id: 'known', domain: 'acme.com' }));
    const model = createSidePanelModel(deps);
    await model.refresh();
    expect(model.state.value).toMatchObject({ kind: 'account', account: { id: 'known' } });
  });

  it('keeps the rep’s edits when the same draft is refreshed', async () => {
    const { deps, drafts } = fakeDeps();
    drafts.set(1, draft);
    const model = createSidePanelModel(deps);
    await model.refresh();
    model.editField('phone', '+1 555 0100');
    await model.refresh();
    expect(model.state.value).toMatchObject({ kind: 'draft', values: { phone: '+1 555 0100' } });
  });

  it('keeps the draft and says so when saving fails', async () => {
    const { deps, drafts } = fakeDeps({ saveNewLead: async () => Promise.reject(new Error('QuotaExceededError')) });
    drafts.set(1, draft);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const model = createSidePanelModel(deps);
    await model.refresh();
    await model.save();
    expect(model.state.value).toMatchObject({ kind: 'draft', saving: false, saveError: 'captureErrorSaveFailed' });
    expect(drafts.has(1)).toBe(true);
  });

  it('shows field errors instead of saving an invalid form', async () => {
    const saveNewLead = vi.fn();
    const { deps, drafts } = fakeDeps({ saveNewLead });
    drafts.set(1, draft);
    const model = createSidePanelModel(deps);
    await model.refresh();
    model.editField('email', 'nope');
    await model.save();
    expect(model.state.value).toMatchObject({ kind: 'draft', errors: { email: 'captureErrorInvalid_email' } });
    expect(saveNewLead).not.toHaveBeenCalled();
  });

  it.each([
    ['a browser page', { id: 1, url: 'chrome://extensions' }, 'unsupported'],
    ['no tab', null, 'noTab'],
  ])('shows the right empty state for %s', async (_name, tab, kind) => {
    const { deps } = fakeDeps({ activeTab: async () => tab });
    const model = createSidePanelModel(deps);
    await model.refresh();
    expect(model.state.value.kind).toBe(kind);
  });

  it('shows an error state when the store cannot be read, and recovers on retry', async () => {
    let fail = true;
    const { deps } = fakeDeps({ findAccountsByDomain: async () => (fail ? Promise.reject(new Error('db')) : []) });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const model = createSidePanelModel(deps);
    await model.refresh();
    expect(model.state.value).toEqual({ kind: 'error', messageKey: 'panelErrorLoad' });
    fail = false;
    await model.refresh();
    expect(model.state.value.kind).toBe('unknownSite');
  });

  it('reports a capture the browser refused, and asks for site access when that is why', async () => {
    const requestSiteAccess = vi.fn(async (_url: string) => true);
    let allowed = false;
    const { deps } = fakeDeps({
      requestSiteAccess: async (url) => {
        allowed = await requestSiteAccess(url);
        return allowed;
      },
      requestCapture: async () => (allowed ? { ok: true, draft } : { ok: false, error: 'noAccess' }),
      readDraft: async () => (allowed ? draft : null),
    });
    const model = createSidePanelModel(deps);
    await model.refresh();
    await model.capture();
    expect(model.state.value).toMatchObject({ kind: 'unknownSite', captureError: 'noAccess' });
    await model.allowSiteAndCapture();
    expect(requestSiteAccess).toHaveBeenCalledWith('https://www.acme.com/contact');
    expect(model.state.value.kind).toBe('draft');
  });
});

describe('side panel model: duplicates, merge, webmail (issue 3)', () => {
  it('offers accounts found by name as well as by domain, with the reasons', async () => {
    const { deps, accounts, drafts } = fakeDeps({ activeTab: async () => ({ id: 1 }) });
    accounts.push(account({ id: 'same-domain', name: 'Other name', domain: 'acme.com' }), account({ id: 'same-name', name: 'ACME Robotics Ltd', domain: 'acme-robotics.de' }), account({ id: 'unrelated', name: 'Globex', domain: 'globex.com' }));
    drafts.set(1, draft);
    const model = createSidePanelModel(deps);
    await model.refresh();
    expect(model.state.value).toMatchObject({
      kind: 'draft',
      duplicates: [{ id: 'same-domain' }, { id: 'same-name' }],
      duplicateReasons: { 'same-domain': ['domain'], 'same-name': ['name'] },
    });
  });

  it('re-checks duplicates after the rep edits the company name', async () => {
    vi.useFakeTimers();
    try {
      const { deps, accounts, drafts } = fakeDeps({ activeTab: async () => ({ id: 1 }) });
      accounts.push(account({ id: 'globex', name: 'Globex Corporation', domain: 'globex.com' }));
      drafts.set(1, draft);
      const model = createSidePanelModel(deps);
      await model.refresh();
      expect(model.state.value).toMatchObject({ duplicates: [] });
      model.editField('name', 'Globex Corp.');
      await vi.runAllTimersAsync();
      expect(model.state.value).toMatchObject({ duplicates: [{ id: 'globex' }] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('saving right after an edit shows the account, whenever the pending duplicate search would run', async () => {
    vi.useFakeTimers();
    try {
      let release = () => {};
      const slowDetails = new Promise<void>((resolve) => (release = resolve));
      const { deps, drafts } = fakeDeps();
      const details = deps.accountDetails;
      deps.accountDetails = async (id) => {
        await slowDetails;
        return details(id);
      };
      drafts.set(1, draft);
      const model = createSidePanelModel(deps);
      await model.refresh();
      model.editField('name', 'Acme Robotics Ltd');
      const saved = model.save();
      // The busy machine: the account's details come after the duplicate search's delay.
      await vi.advanceTimersByTimeAsync(1_000);
      release();
      await saved;
      await vi.runAllTimersAsync();
      expect(model.state.value).toMatchObject({ kind: 'account', account: { name: 'Acme Robotics Ltd' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('merges the capture into an existing account with the rep’s picks, then shows the account', async () => {
    const mergeCaptureInto = vi.fn(async (existing: Account) => existing);
    const { deps, accounts, drafts } = fakeDeps({ mergeCaptureInto });
    accounts.push(account({ id: 'existing', name: 'Acme', domain: 'acme.com' }));
    drafts.set(1, draft);
    const model = createSidePanelModel(deps);
    await model.refresh();
    model.startMerge(accounts[0]!);
    expect(model.state.value).toMatchObject({ kind: 'draft', merge: { rows: [{ field: 'name', kept: 'Acme', other: 'Acme Robotics', defaultSide: 'kept' }] } });
    model.chooseMergeValue('name', 'other');
    await model.confirmMerge();
    expect(mergeCaptureInto).toHaveBeenCalledWith(accounts[0], expect.objectContaining({ name: 'Acme Robotics' }), { name: 'other' }, draft.url);
    expect(model.state.value).toMatchObject({ kind: 'account', account: { id: 'existing' } });
  });

  it('merges two existing accounts and goes back to the draft', async () => {
    const { deps, accounts, drafts } = fakeDeps({ activeTab: async () => ({ id: 1 }) });
    accounts.push(account({ id: 'a', name: 'Acme Robotics', domain: 'acme.com' }), account({ id: 'b', name: 'Acme Robotics GmbH', domain: 'acme.de' }));
    drafts.set(1, draft);
    const model = createSidePanelModel(deps);
    await model.refresh();
    model.startMerge(accounts[0]!, accounts[1]!);
    expect(model.state.value).toMatchObject({ merge: { source: { kind: 'account' } } });
    model.cancelMerge();
    expect(model.state.value).not.toHaveProperty('merge');
    model.startMerge(accounts[0]!, accounts[1]!);
    await model.confirmMerge();
    expect(model.state.value).toMatchObject({ kind: 'draft', duplicates: [{ id: 'a' }] });
  });

  it('on Gmail or Outlook offers the sender, and captures in sender mode', async () => {
    const requestCapture = vi.fn(async () => ({ ok: false as const, error: 'noMessage' as const }));
    const { deps } = fakeDeps({ activeTab: async () => ({ id: 1, url: 'https://mail.google.com/mail/u/0/#inbox/abc' }), requestCapture });
    const model = createSidePanelModel(deps);
    await model.refresh();
    expect(model.state.value).toMatchObject({ kind: 'unknownSite', webmail: true });
    await model.capture('sender');
    expect(requestCapture).toHaveBeenCalledWith(1, 'sender');
    expect(model.state.value).toMatchObject({ kind: 'unknownSite', webmail: true, captureError: 'noMessage' });
  });
});
