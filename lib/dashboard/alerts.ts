import type { DashboardAggregates } from './metrics/aggregates';
import { alertKey, type AlertRule, type AlertSettings } from './alertRules';

/** While an alert stays breached it is notified again at most once a day. */
export const ALERT_COOL_DOWN_MS = 24 * 3_600_000;

export interface AlertBreach {
  key: string;
  rule: AlertRule;
  /** The rate that broke the threshold, 0…1. */
  value: number;
  /** How many accounts (or moves) the rate is over. */
  sample: number;
}

export interface AlertEvaluation {
  /** Every rule breached now: what the dashboard shows. */
  breaches: AlertBreach[];
  /** The breaches to notify now: new ones, and old ones whose cool-down is over. */
  notify: AlertBreach[];
  /** What to store as `lastNotified`: notified keys at `now`; keys no longer breached are dropped. */
  lastNotified: Record<string, number>;
}

/** The rate a rule watches and the count behind it; null rate when nothing was counted. */
export function measured(rule: AlertRule, aggregates: DashboardAggregates): { rate: number | null; sample: number } {
  switch (rule.metric) {
    case 'conversion': {
      const row = aggregates.funnel.conversions.find((conversion) => conversion.from === rule.from);
      return { rate: row?.rate ?? null, sample: row?.entered ?? 0 };
    }
    case 'serviceLevel': {
      const sla = aggregates.serviceLevels[rule.level];
      return { rate: sla.rate, sample: sla.met + sla.missed };
    }
    case 'leadToWon':
      return { rate: aggregates.leadToWon.rate, sample: aggregates.leadToWon.leads };
    case 'winRate':
      return { rate: aggregates.outcomes.winRate, sample: aggregates.outcomes.won + aggregates.outcomes.lost };
  }
}

/**
 * Which thresholds are breached, and which of those to notify. A breach notifies once, then at
 * most once per cool-down while it lasts; once the rate recovers its key is forgotten, so the next
 * breach notifies at once. Rates over fewer than `minSample` accounts never breach.
 */
export function evaluateAlerts(
  aggregates: DashboardAggregates,
  settings: AlertSettings,
  lastNotified: Readonly<Record<string, number>>,
  now: number,
  coolDownMs = ALERT_COOL_DOWN_MS,
): AlertEvaluation {
  const breaches: AlertBreach[] = [];
  for (const rule of settings.rules) {
    const { rate, sample } = measured(rule, aggregates);
    if (rate !== null && sample >= settings.minSample && rate < rule.below) breaches.push({ key: alertKey(rule), rule, value: rate, sample });
  }
  const notify = settings.notify ? breaches.filter((breach) => {
    const last = lastNotified[breach.key];
    return last === undefined || now - last >= coolDownMs || last > now;
  }) : [];
  const next: Record<string, number> = {};
  for (const breach of breaches) {
    const last = lastNotified[breach.key];
    if (notify.includes(breach)) next[breach.key] = now;
    else if (last !== undefined) next[breach.key] = last;
  }
  return { breaches, notify, lastNotified: next };
}
