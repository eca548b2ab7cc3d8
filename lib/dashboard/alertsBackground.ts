import { browser } from 'wxt/browser';
import { getDB } from '../db';
import { intlTag, resolveLocale, translatorFor } from '../i18n';
import { NOTIFICATION_ICON } from '../reminders/reminderNotifications';
import { loadPipelineConfig } from '../pipeline/store/pipelineConfig';
import { loadSettings } from '../settings/settingsStore';
import { alertNotifiedItem, loadAlertSettings, loadLastNotified } from './alertStore';
import { breachText } from './alertText';
import { evaluateAlerts } from './alerts';
import { loadAggregateInputs } from './digest/loadDigest';
import { computeAggregates } from './metrics/computeDashboard';
import { presetPeriod } from './period';
import { churnAlertsToNotify, churnRiskText } from '../satisfaction/churnAlerts';
import { satisfactionFor } from '../satisfaction/dashboard/satisfactionRequest';

export const DASHBOARD_ALERT_ALARM = 'leadkit-dashboard-alerts';
export const DASHBOARD_ALERT_NOTIFICATION = 'leadkit-dashboard-alerts';
/** The window alerts watch: the dashboard's "last 90 days", long enough for conversion to mean something. */
export const ALERT_PERIOD = 'last90Days' as const;

/** Once a day: compute the aggregates, notify new breaches in ONE notification, remember when. */
export async function checkDashboardAlerts(now = Date.now()): Promise<void> {
  const alertSettings = await loadAlertSettings();
  if (alertSettings.rules.length === 0 || !alertSettings.notify) return;
  const settings = await loadSettings();
  const { calendar } = await loadPipelineConfig(settings);
  // The dashboard's digest, brought up to date, as the dashboard reads it (issue #8).
  const db = await getDB();
  const inputs = await loadAggregateInputs(db, now);
  if (inputs.totals.accounts === 0) return;
  const period = presetPeriod(ALERT_PERIOD, now, calendar.timeZone);
  const aggregates = computeAggregates(inputs, { period, now, firstContactHours: settings.firstContactHours, calendar });
  const lastNotified = await loadLastNotified();
  const evaluation = evaluateAlerts(aggregates, alertSettings, lastNotified, now);
  // Churn warnings from satisfaction (issue #24 item 3) ride along: each at-risk customer once.
  const churn = churnAlertsToNotify((await satisfactionFor(db, { period, now })).atRisk, lastNotified, now);
  if (evaluation.notify.length + churn.notify.length > 0) {
    const locale = resolveLocale(settings.locale, navigator.language);
    const t = translatorFor(locale);
    const lines = [...evaluation.notify.map((breach) => breachText(breach, t, intlTag(locale))), ...churn.notify.map((risk) => churnRiskText(risk, t))];
    await browser.notifications.create(DASHBOARD_ALERT_NOTIFICATION, {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      title: t('dashboardAlertNotificationTitle', { count: lines.length }),
      message: lines.join('\n'),
      priority: 1,
    });
  }
  await alertNotifiedItem.setValue({ ...evaluation.lastNotified, ...churn.lastNotified });
}

/** Registers the daily alarm and its listeners (synchronously, so the event that woke the worker is heard). */
export function startDashboardAlerts(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== DASHBOARD_ALERT_ALARM) return;
    checkDashboardAlerts().catch((error: unknown) => console.warn('[leadkit] the dashboard alert check failed', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === DASHBOARD_ALERT_NOTIFICATION) void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
  void browser.alarms.get(DASHBOARD_ALERT_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(DASHBOARD_ALERT_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  });
}
