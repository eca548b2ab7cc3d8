import { storage } from '#imports';
import { AlertSettings, parseAlertSettings } from './alertRules';

/** The manager's thresholds (absent: the defaults) and, per alert key, when it last notified. */
export const alertSettingsItem = storage.defineItem<Record<string, unknown> | null>('local:dashboardAlerts', { fallback: null, version: 1 });
export const alertNotifiedItem = storage.defineItem<Record<string, number>>('local:dashboardAlertsNotified', { fallback: {}, version: 1 });

export async function loadAlertSettings(): Promise<AlertSettings> {
  return parseAlertSettings(await alertSettingsItem.getValue());
}

export async function saveAlertSettings(settings: AlertSettings): Promise<void> {
  await alertSettingsItem.setValue(AlertSettings.parse(settings) as unknown as Record<string, unknown>);
}

export async function loadLastNotified(): Promise<Record<string, number>> {
  const stored = await alertNotifiedItem.getValue();
  const clean: Record<string, number> = {};
  for (const [key, at] of Object.entries(stored ?? {})) if (typeof at === 'number' && Number.isFinite(at)) clean[key] = at;
  return clean;
}
