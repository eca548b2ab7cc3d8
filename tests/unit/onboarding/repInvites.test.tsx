import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/common/I18n';
import { ManagerChecklist } from '../../../components/onboarding/ManagerChecklist';
import { createChecklistModel } from '../../../lib/onboarding/checklistModel';
import type { ChecklistFacts } from '../../../lib/onboarding/managerChecklist';
import type { TeamMember } from '../../../lib/sync/membersProtocol';
import { SyncFailure } from '../../../lib/sync/syncError';

const TOKEN = `lk_${'Q'.repeat(43)}`;

/** A team on a stand-in backend: inviting adds a rep, and the facts list the team as it is now. */
function backend(options: { refuse?: SyncFailure } = {}) {
  const members: TeamMember[] = [{ id: 'm', name: 'Li Na', role: 'manager', createdAt: 1, hasLiveToken: true }];
  const copied: string[] = [];
  const facts = async (): Promise<ChecklistFacts> => ({
    connection: { kind: 'connected', team: 'Acme Sales', user: 'Li Na' },
    rulesSaved: false,
    playbookSaved: false,
    calendarSaved: false,
    scriptsChanged: false,
    members: { kind: 'listed', members: [...members] },
  });
  const deps = {
    async invite(name: string) {
      if (options.refuse) throw options.refuse;
      const member: TeamMember = { id: `u${members.length}`, name, role: 'rep', createdAt: 2, hasLiveToken: true };
      members.push(member);
      return { member, token: TOKEN };
    },
    async copyText(text: string) {
      copied.push(text);
    },
  };
  return { facts, deps, copied };
}

function mount(model: ReturnType<typeof createChecklistModel>, locale: 'en' | 'zh_CN' = 'en'): HTMLElement {
  const root = document.createElement('div');
  render(
    <I18nProvider locale={locale}>
      <ManagerChecklist model={model} onBack={() => {}} />
    </I18nProvider>,
    root,
  );
  return root;
}

const repsStep = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-item="reps"]')!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('"Invite a rep" in the checklist (issue #26)', () => {
  it('invites a rep, shows the token once with Copy, and the step reads done', async () => {
    const { facts, deps, copied } = backend();
    const model = createChecklistModel(facts, deps);
    await model.load();
    let root = mount(model);
    expect(repsStep(root).dataset.state).toBe('todo');
    expect(repsStep(root).textContent).toContain('No reps yet.');

    model.invite!.setName('  Wang Fang ');
    await model.invite!.submit();
    await settle();
    root = mount(model);
    expect(repsStep(root).dataset.state).toBe('done');
    expect(root.querySelector('[data-testid="rep-list"]')?.textContent).toBe('Wang Fang');
    expect(root.querySelector('[data-testid="invite-token-value"]')?.textContent).toBe(TOKEN);
    expect(root.querySelector('[data-testid="invite-token"]')?.textContent).toContain('It will not be shown again');
    expect(model.invite!.name.value).toBe('');

    root.querySelector<HTMLButtonElement>('[data-testid="invite-copy"]')!.click();
    await settle();
    expect(copied).toEqual([TOKEN]);
    root = mount(model);
    expect(root.querySelector('[data-testid="invite-token"]')?.textContent).toContain('Copied.');

    model.invite!.dismiss();
    root = mount(model);
    expect(root.querySelector('[data-testid="invite-token"]')).toBeNull();
    expect(root.textContent).not.toContain(TOKEN);
  });

  it('says why an invite failed, and refuses an empty name without asking the server', async () => {
    const refused = backend({ refuse: new SyncFailure('forbidden', 403) });
    const model = createChecklistModel(refused.facts, refused.deps);
    await model.load();
    await model.invite!.submit();
    expect(model.invite!.state.value).toEqual({ kind: 'invalidName' });
    expect(mount(model).querySelector('[role="alert"]')?.textContent).toBe('Enter a name of 1 to 200 characters, without control characters.');

    model.invite!.setName('Wang Fang');
    await model.invite!.submit();
    expect(model.invite!.state.value).toEqual({ kind: 'failed', error: 'forbidden' });
    expect(mount(model).querySelector('[role="alert"]')?.textContent).toMatch(/^The rep was not invited: /);
    expect(repsStep(mount(model)).dataset.state).toBe('todo');
  });

  it('says so when the clipboard refuses, so the manager copies by hand', async () => {
    const { facts, deps } = backend();
    const model = createChecklistModel(facts, { ...deps, copyText: async () => Promise.reject(new Error('denied')) });
    await model.load();
    model.invite!.setName('Wang Fang');
    await model.invite!.submit();
    await model.invite!.copy();
    expect(mount(model).querySelector('[data-testid="invite-token"] [role="alert"]')?.textContent).toBe('Could not copy: select the token and copy it by hand.');
  });

  it('in Chinese too', async () => {
    const { facts, deps } = backend();
    const model = createChecklistModel(facts, deps);
    await model.load();
    model.invite!.setName('王芳');
    await model.invite!.submit();
    await settle();
    const root = mount(model, 'zh_CN');
    expect(root.querySelector('[data-testid="invite-token"]')?.textContent).toContain('令牌不会再次显示');
    expect(root.querySelector('[data-testid="invite-copy"]')?.textContent).toBe('复制');
  });
});
