import { definePrivateItem } from '../settings/privateItem';
import { ForecastSettings, parseForecastSettings } from './forecastSettings';

/** The base currency and rates, kept where content scripts cannot read them (#22). */
export const forecastSettingsItem = definePrivateItem<Record<string, unknown>>('dealForecast', {});

export async function loadForecastSettings(): Promise<ForecastSettings> {
  return parseForecastSettings(await forecastSettingsItem.getValue());
}

export async function saveForecastSettings(settings: ForecastSettings): Promise<void> {
  await forecastSettingsItem.setValue(ForecastSettings.parse(settings) as unknown as Record<string, unknown>);
}
