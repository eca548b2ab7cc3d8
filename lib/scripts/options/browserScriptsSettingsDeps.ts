import { getDB, onDbChange } from '../../db';
import { newId } from '../../model';
import { deleteScript, listScripts, saveScript } from '../scriptStore';
import type { ScriptsSettingsDeps } from './scriptsSettingsModel';

export function createBrowserScriptsSettingsDeps(): ScriptsSettingsDeps {
  return {
    listScripts: async () => listScripts(await getDB()),
    saveScript: async (script) => void (await saveScript(await getDB(), script)),
    deleteScript: async (script) => deleteScript(await getDB(), script),
    onScriptsChange: (listener, signal) =>
      onDbChange((change) => {
        if (change.stores.includes('scripts')) listener();
      }, signal),
    newId,
    now: () => Date.now(),
  };
}
