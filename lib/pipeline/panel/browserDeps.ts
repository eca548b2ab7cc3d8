import { browser } from 'wxt/browser';
import { commitChanges, getDB, onDbChange } from '../../db';
import { newId } from '../../model';
import { rescheduleReminders } from '../../reminders/refreshReminders';
import { loadSettings } from '../../settings/settingsStore';
import { loadPipelineConfig, pipelineConfigFrom, playbookItem, workCalendarItem } from '../store/pipelineConfig';
import { syncPlaybookTasks } from '../store/syncPlaybookTasks';
import { accountsById, listAccountTasks, listActiveTasks } from '../store/taskQueries';
import type { OpenExtensionPage, PipelineDeps, QueueDeps } from './deps';
import type { PlaybookSettingsDeps } from './playbookSettingsModel';

async function config() {
  return loadPipelineConfig(await loadSettings());
}

async function syncAccount(accountId: string): Promise<void> {
  const db = await getDB();
  await syncPlaybookTasks(db, accountId, Date.now(), await config());
  // The worker may be asleep and miss our broadcast; the alarm it owns wakes it.
  await rescheduleReminders(db, Date.now()).catch((error: unknown) => console.warn('[leadkit] reminder alarm', error));
}

export function createBrowserPipelineDeps(): PipelineDeps {
  return {
    now: () => Date.now(),
    newId,
    actor: async () => (await loadSettings()).repName,
    config,
    tasksFor: async (accountId) => listAccountTasks(await getDB(), accountId),
    async commit(accountId, changes) {
      await commitChanges(await getDB(), changes);
      await syncAccount(accountId);
    },
    syncAccount,
    onDataChange: (listener, signal) => onDbChange(() => listener(), signal),
  };
}

export function createBrowserQueueDeps(): QueueDeps {
  return {
    now: () => Date.now(),
    me: async () => (await loadSettings()).repName,
    timeZone: async () => (await config()).calendar.timeZone,
    async loadOpenWork() {
      const db = await getDB();
      const tasks = await listActiveTasks(db);
      const accounts = await accountsById(db, tasks.map((task) => task.accountId));
      return { tasks, accounts: [...accounts.values()] };
    },
    onDataChange: (listener, signal) => onDbChange(() => listener(), signal),
  };
}

export const openExtensionPage: OpenExtensionPage = async (path) => {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
};

export function createBrowserPlaybookSettingsDeps(): PlaybookSettingsDeps {
  return {
    async load() {
      const settings = await loadSettings();
      const [calendar, playbook] = await Promise.all([workCalendarItem.getValue(), playbookItem.getValue()]);
      return { current: pipelineConfigFrom({ calendar, playbook }, settings), defaults: pipelineConfigFrom({ calendar: null, playbook: null }, settings) };
    },
    async save(config) {
      await workCalendarItem.setValue(config.calendar as unknown as Record<string, unknown>);
      await playbookItem.setValue(config.playbook as unknown as Record<string, unknown>);
    },
    async reset() {
      await Promise.all([workCalendarItem.removeValue(), playbookItem.removeValue()]);
    },
  };
}
