import { onDbChange } from '../../db/changes';
import type { Translate } from '../../i18n';
import type { Settings } from '../../model';
import { loadPipelineConfig } from '../../pipeline/store/pipelineConfig';
import { loadAlertSettings, saveAlertSettings } from '../alertStore';
import { createDashboardWorkerClient, type DashboardWorkerClient } from '../worker/workerClient';
import type { DashboardDeps } from './dashboardModel';
import type { ImportExportDeps } from './importExportModel';

/** Saves a file the way a download link does: an object URL on a temporary anchor. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The dashboard page's real edges: its worker, settings, the work calendar, alert storage, db changes.
 * The page creates the worker before it reads its settings (issue #8: the worker starts, opens the
 * database and loads its code meanwhile); without one, one is made here.
 */
export function createBrowserDashboardDeps(settings: Settings, t: Translate, locale: string, worker: DashboardWorkerClient = createDashboardWorkerClient()): { dashboard: DashboardDeps; io: ImportExportDeps; dispose(): void } {
  const config = loadPipelineConfig(settings);
  let timeZone = 'UTC';
  void config.then((loaded) => (timeZone = loaded.calendar.timeZone));
  return {
    dashboard: {
      worker,
      loadContext: async () => {
        const { calendar } = await config;
        return { timeZone: calendar.timeZone, firstContactHours: settings.firstContactHours, calendar };
      },
      loadAlertSettings,
      saveAlertSettings,
      onDataChange: (listener, signal) => onDbChange(listener, signal),
      now: () => Date.now(),
    },
    io: {
      worker,
      download: downloadBlob,
      timeZone: () => timeZone,
      actor: () => settings.repName,
      phoneRegion: locale === 'zh_CN' ? 'CN' : undefined,
      t,
    },
    dispose: () => worker.dispose(),
  };
}
