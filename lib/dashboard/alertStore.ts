import { definePrivateItem } from '../settings/privateItem';
import { AlertSettings, parseAlertSettings } from './alertRules';

/**
 * The manager's thresholds (absent: the defaults) and, per alert key, when it last notified: the
 * team's process, kept where content scripts cannot read it (#22, lib/settings/privateItem.ts).
 */
export const alertSettingsItem = definePrivateItem<Record<string, unknown> | null>('dashboardAlerts', null);
export const alertNotifiedItem = definePrivateItem<Record<string, number>>('dashboardAlertsNotified', {});

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
