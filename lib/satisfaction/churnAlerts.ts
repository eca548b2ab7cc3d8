import type { Translate } from '../i18n';
import type { AtRiskCustomer } from './report';

/** Keys of churn warnings among the dashboard alerts' `lastNotified` (lib/dashboard/alertStore.ts). */
const KEY_PREFIX = 'churnRisk:';

/** "Acme (Mei Chen): detractor NPS 5, 2 complaints": the customer, its rep and every reason. */
export function churnRiskText(risk: AtRiskCustomer, t: Translate): string {
  const reasons = risk.reasons.map((reason) => t(`satisfactionRisk_${reason}`, { nps: String(risk.nps ?? ''), count: String(risk.complaints) }));
  const account = t('satisfactionRiskAccount', { name: risk.name, rep: risk.rep || t('dashboardUnassigned') });
  return t('satisfactionRiskLine', { account, reasons: reasons.join(t('satisfactionRiskSeparator')) });
}

/**
 * Which churn risks the daily alert names: each customer once while the risk lasts (a risk lasts
 * up to 90 days; a daily repeat would be noise). Once a customer is no longer at risk its key is
 * forgotten, so a new risk is named again. Returns only the churn keys of `lastNotified`.
 */
export function churnAlertsToNotify(
  risks: readonly AtRiskCustomer[],
  lastNotified: Readonly<Record<string, number>>,
  now: number,
): { notify: AtRiskCustomer[]; lastNotified: Record<string, number> } {
  const notify: AtRiskCustomer[] = [];
  const next: Record<string, number> = {};
  for (const risk of risks) {
    const key = KEY_PREFIX + risk.accountId;
    const last = lastNotified[key];
    if (last === undefined) notify.push(risk);
    next[key] = last ?? now;
  }
  return { notify, lastNotified: next };
}
