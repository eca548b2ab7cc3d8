import { getDB, onDbChange } from '../../db';
import { loadSettings } from '../../settings/settingsStore';
import { listScripts, saveScript } from '../scriptStore';
import type { ScriptsPanelDeps } from './scriptsPanelModel';

/** The scripts section's store and clipboard, for an extension page (side panel, options). */
export function createBrowserScriptsDeps(): ScriptsPanelDeps {
  return {
    listScripts: async () => listScripts(await getDB()),
    saveScript: async (script) => void (await saveScript(await getDB(), script)),
    copyText: (text) => navigator.clipboard.writeText(text),
    repName: async () => (await loadSettings()).repName,
    onScriptsChange: (listener, signal) =>
      onDbChange((change) => {
        if (change.stores.includes('scripts')) listener();
      }, signal),
    now: () => Date.now(),
  };
}
