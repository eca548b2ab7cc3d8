import { getDB } from '../db';
import { sendToBackground } from '../messaging/client';
import { workCalendarItem, playbookItem } from '../pipeline/store/pipelineConfig';
import { ruleSetItem } from '../scoring/store/ruleSetStore';
import { DEFAULT_SCRIPTS } from '../scripts/defaultScripts';
import { listScripts } from '../scripts/scriptStore';
import { loadConnection } from '../sync/connectionStore';
import { scriptsDifferFromDefaults, type ChecklistFacts } from './managerChecklist';

/** The checklist's facts from the real state: the stores, and the saved backend tested now. */
export async function readChecklistFacts(): Promise<ChecklistFacts> {
  const [connection, rules, playbook, calendar, scripts] = await Promise.all([
    loadConnection(),
    ruleSetItem.getValue(),
    playbookItem.getValue(),
    workCalendarItem.getValue(),
    getDB().then(listScripts),
  ]);
  const tested = connection ? await sendToBackground('sync.test', connection) : null;
  return {
    connection: !tested ? { kind: 'none' } : tested.ok ? { kind: 'connected', team: tested.team, user: tested.user } : { kind: 'failed', error: tested.error },
    rulesSaved: rules !== null,
    playbookSaved: playbook !== null,
    calendarSaved: calendar !== null,
    scriptsChanged: scriptsDifferFromDefaults(scripts, DEFAULT_SCRIPTS),
  };
}
