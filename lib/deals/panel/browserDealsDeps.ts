import { getDB } from '../../db';
import { loadSettings } from '../../settings/settingsStore';
import { listDealsOfAccount, saveDeal } from '../dealStore';
import { loadForecastSettings } from '../forecastSettingsStore';
import { loadStageProbabilities } from '../stageProbabilityStore';
import { createDealsPanelModel, type DealsPanelDeps, type DealsPanelModel } from './dealsPanelModel';

/** The store behind the side panel's deals section. */
export function createBrowserDealsDeps(locale: string): DealsPanelDeps {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  return {
    listDeals: async (accountId) => listDealsOfAccount(await getDB(), accountId),
    saveDeal: async (deal) => void (await saveDeal(await getDB(), deal)),
    stageProbabilities: loadStageProbabilities,
    defaultCurrency: async () => (await loadForecastSettings()).baseCurrency,
    me: async () => (await loadSettings()).repName,
    now: () => Date.now(),
    // The rep's own calendar day: a close date is the day the rep means, where the rep is.
    today: () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10),
    decimal,
  };
}

/** The side panel's deals model over the browser's store, for the rep's locale. */
export function createBrowserDealsPanel(locale: string): DealsPanelModel {
  return createDealsPanelModel(createBrowserDealsDeps(locale));
}
