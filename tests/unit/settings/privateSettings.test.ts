import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composeSitesItem } from '../../../lib/overlay/siteOverlays';
import { playbookItem, workCalendarItem } from '../../../lib/pipeline/store/pipelineConfig';
import { loadSettings, updateSettings } from '../../../lib/settings/settingsStore';
import { alertNotifiedItem, alertSettingsItem, loadAlertSettings, saveAlertSettings } from '../../../lib/dashboard/alertStore';
import { loadRuleSetState, saveRuleSet } from '../../../lib/scoring/store/ruleSetStore';
import { DEFAULT_RULE_SET } from '../../../lib/scoring/defaultRules';

/** What an earlier build kept in storage.local, which every content script of ours can read. */
const LEGACY = {
  settings: { locale: 'zh_CN', repName: 'Mei Chen', firstContactHours: 2, backendUrl: 'https://sync.acme-team.cn' },
  settings$: { v: 1 },
  composeSites: ['https://crm.example.com/*'],
  composeSites$: { v: 1 },
  playbook: { version: 1, rules: [{ id: 'call-within-2h' }] },
  workCalendar: { timeZone: 'Asia/Shanghai', holidays: ['2025-10-01'] },
  // The manager's scoring rules and alert thresholds: the team's process, in plain sight before.
  scoringRuleSet: { ...DEFAULT_RULE_SET, version: 7, grades: { A: 81, B: 52 } },
  scoringRuleSet$: { v: 1 },
  dashboardAlerts: { rules: [{ metric: 'conversion', from: 'negotiation', below: 0.37 }], minSample: 13, notify: true },
  dashboardAlerts$: { v: 1 },
  dashboardAlertsNotified: { 'stalled:negotiation': 1_700_000_000_000 },
};
const REVEALING = ['Mei Chen', 'sync.acme-team.cn', 'crm.example.com', 'call-within-2h', 'Asia/Shanghai', '2025-10-01', '"A":81', 'minSample', '0.37', 'negotiation'];

/** storage.local read whole, as a content script can (`browser.storage.local.get(null)`). */
const asContentScript = async () => fakeBrowser.storage.local.get(null);

describe('settings that reveal the rep or the team’s process, out of content scripts’ reach (#22)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves an earlier build’s values out of storage.local on first use, losing nothing', async () => {
    await fakeBrowser.storage.local.set(LEGACY);
    expect(await loadSettings()).toEqual(LEGACY.settings);
    expect(await composeSitesItem.getValue()).toEqual(LEGACY.composeSites);
    expect(await playbookItem.getValue()).toEqual(LEGACY.playbook);
    expect(await workCalendarItem.getValue()).toEqual(LEGACY.workCalendar);
    expect((await loadRuleSetState()).ruleSet.grades).toEqual({ A: 81, B: 52 });
    expect(await alertSettingsItem.getValue()).toEqual(LEGACY.dashboardAlerts);
    expect(await alertNotifiedItem.getValue()).toEqual(LEGACY.dashboardAlertsNotified);
    expect(await asContentScript()).toEqual({});
    // Read again (another context, a restart): the same values, from the extension's IndexedDB.
    expect(await loadSettings()).toEqual(LEGACY.settings);
  });

  it('after saving every one of them, storage.local holds only when each changed', async () => {
    await updateSettings({ repName: 'Mei Chen', backendUrl: 'https://sync.acme-team.cn', locale: 'zh_CN' });
    await composeSitesItem.setValue(['https://crm.example.com/*']);
    await playbookItem.setValue(LEGACY.playbook);
    await workCalendarItem.setValue(LEGACY.workCalendar);
    expect((await saveRuleSet({ ...DEFAULT_RULE_SET, grades: { A: 81, B: 52 } })).ok).toBe(true);
    await saveAlertSettings(await loadAlertSettings());
    await alertNotifiedItem.setValue(LEGACY.dashboardAlertsNotified);
    const visible = await asContentScript();
    expect(Object.keys(visible).sort()).toEqual([
      'composeSitesChangedAt',
      'dashboardAlertsChangedAt',
      'dashboardAlertsNotifiedChangedAt',
      'playbookChangedAt',
      'scoringRuleSetChangedAt',
      'scoringRuleSetLastValidChangedAt',
      'settingsChangedAt',
      'workCalendarChangedAt',
    ]);
    for (const value of Object.values(visible)) expect(typeof value).toBe('number');
    const text = JSON.stringify(visible);
    for (const secret of REVEALING) expect(text).not.toContain(secret);
    expect((await loadSettings()).repName).toBe('Mei Chen');
  });

  it('a value already moved wins over a stale copy an old build wrote later; the copy is removed', async () => {
    await composeSitesItem.setValue(['https://new.example.com/*']);
    await fakeBrowser.storage.local.set({ composeSites: ['https://stale.example.com/*'] });
    expect(await composeSitesItem.getValue()).toEqual(['https://new.example.com/*']);
    expect(Object.keys(await asContentScript())).toEqual(['composeSitesChangedAt']);
  });

  it('other contexts hear of a change, with the value before it', async () => {
    await composeSitesItem.setValue(['https://a.example.com/*']);
    const heard: Array<[string[], string[]]> = [];
    const seen = new Promise<void>((resolve) => {
      composeSitesItem.watch((next, previous) => {
        heard.push([next, previous]);
        resolve();
      });
    });
    await composeSitesItem.setValue(['https://a.example.com/*', 'https://b.example.com/*']);
    await seen;
    expect(heard).toEqual([[['https://a.example.com/*', 'https://b.example.com/*'], ['https://a.example.com/*']]]);
  });
});
