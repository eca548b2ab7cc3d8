import type { Translate } from '../i18n';
import { FUNNEL_STAGES } from '../model/stage';
import type { AlertRule } from './alertRules';
import type { AlertBreach } from './alerts';

/** Locale keys for what an alert watches (lib/i18n/messages/<locale>/dashboard.json). */
export function alertRuleLabel(rule: AlertRule, t: Translate): string {
  switch (rule.metric) {
    case 'conversion': {
      const to = FUNNEL_STAGES[FUNNEL_STAGES.indexOf(rule.from) + 1]!;
      return t('dashboardAlertConversion', { from: t(`stage_${rule.from}`), to: t(`stage_${to}`) });
    }
    case 'serviceLevel':
      return t(`dashboardSla_${rule.level}`);
    case 'leadToWon':
      return t('dashboardKpiLeadToWon');
    case 'winRate':
      return t('dashboardKpiWinRate');
  }
}

export function formatPercent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** "Opportunity → Negotiation: 12% (alert below 20%)". */
export function breachText(breach: AlertBreach, t: Translate, intlLocale: string): string {
  return t('dashboardAlertBreach', {
    metric: alertRuleLabel(breach.rule, t),
    value: formatPercent(breach.value, intlLocale),
    threshold: formatPercent(breach.rule.below, intlLocale),
  });
}
