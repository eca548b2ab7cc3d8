import { syncPlaybookTasksFor } from '../pipeline/store/playbookBatch';
import { browser } from 'wxt/browser';
import { getDB, onDbChange } from '../db';
import { resolveLocale, translatorFor } from '../i18n';
import { loadPipelineConfig } from '../pipeline/store/pipelineConfig';
import { sweepChangedAccounts } from '../pipeline/store/playbookSweep';
import { loadSettings } from '../settings/settingsStore';
import { createSerialJobs } from '../background/serialJobs';
import { REMINDER_ALARM } from './alarmSchedule';
import { handleNotificationClick } from './openAccountTab';
import { refreshReminders } from './refreshReminders';


async function remind(): Promise<void> {
  const settings = await loadSettings();
  const t = translatorFor(resolveLocale(settings.locale, navigator.language));
  await refreshReminders(await getDB(), Date.now(), t);
}

async function sweep(): Promise<void> {
  const settings = await loadSettings();
  await sweepChangedAccounts(await getDB(), Date.now(), await loadPipelineConfig(settings));
}

/**
 * The background's part of issue #5: the playbook proposes tasks for accounts written anywhere
 * (capture saves from the side panel), and reminders follow the tasks. Listeners are registered
 * synchronously at start so events that woke the worker are delivered.
 */
export interface PipelineBackground {
  /** Runs the playbook for accounts whose grade changed (a derived write does not bump updatedAt). */
  runPlaybookFor(accountIds: readonly string[]): void;
}

export function startPipelineBackground(): PipelineBackground {
  const run = createSerialJobs('pipeline background job');
  // Only a hint for opening the panel inside a notification click; lost with the worker, harmless.
  let lastWindowId: number | undefined;
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId !== browser.windows.WINDOW_ID_NONE) lastWindowId = windowId;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) run(remind);
  });
  browser.notifications.onClicked.addListener((id) => {
    handleNotificationClick(id, getDB, lastWindowId).catch((error: unknown) => console.warn('[leadkit] opening the reminder failed', error));
  });
  onDbChange(({ stores }) => {
    if (stores.includes('accounts') || stores.includes('activities')) run(sweep);
    if (stores.includes('tasks')) run(remind);
  });
  run(sweep);
  run(remind);
  return {
    runPlaybookFor(accountIds) {
      run(async () => {
        const db = await getDB();
        const config = await loadPipelineConfig(await loadSettings());
        await syncPlaybookTasksFor(db, accountIds, Date.now, config, (id, error) => console.warn('[leadkit] playbook sync failed', id, error));
      });
    },
  };
}
