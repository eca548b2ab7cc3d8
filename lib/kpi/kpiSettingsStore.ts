import { definePrivateItem } from '../settings/privateItem';
import { KpiSettings, parseKpiSettings } from './kpiSettings';

/** The manager's KPI weights and targets, kept as the forecast's settings are (private to extension pages, #22). */
export const kpiSettingsItem = definePrivateItem<Record<string, unknown>>('kpiScorecard', {});

export async function loadKpiSettings(): Promise<KpiSettings> {
  return parseKpiSettings(await kpiSettingsItem.getValue());
}

export async function saveKpiSettings(settings: KpiSettings): Promise<void> {
  await kpiSettingsItem.setValue(KpiSettings.parse(settings) as unknown as Record<string, unknown>);
}
