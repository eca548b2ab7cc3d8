import type { Account } from '../model/account';
import type { Activity } from '../model/activity';
import type { Task } from '../model/task';
import { complaintCompliance, npsCategory, satisfactionByRep, teamSatisfaction, type RepSatisfaction, type SatisfactionEvent, type SatisfactionRange } from './measures';

/** The default playbook's complaint rule: its completed task is the response plan given. */
export const COMPLAINT_RULE_ID = 'complaintResponsePlan';

const DAY_MS = 86_400_000;
/** Churn warnings look at the last 90 days, as the dashboard's other churn signals do. */
export const CHURN_WINDOW_MS = 90 * DAY_MS;
/** Complaints within the window that make a customer a churn risk (shared/domain.md: "more complaints"). */
export const CHURN_COMPLAINTS = 2;
/** A latest CSAT at or below this is low satisfaction. */
export const LOW_CSAT = 2;
/** The at-risk list shows this many customers, most complaints first; the count covers all. */
export const AT_RISK_LIMIT = 50;

export type SatisfactionAccount = Pick<Account, 'id' | 'name' | 'stage' | 'ownerId'>;
export type SatisfactionActivity = Pick<Activity, 'id' | 'accountId' | 'kind' | 'at' | 'actor' | 'survey'>;
export type SatisfactionTask = Pick<Task, 'accountId' | 'ruleId' | 'status' | 'triggerAt' | 'completedAt'>;

export interface SatisfactionInputs {
  /** Survey and complaint activities (others are ignored). */
  activities: readonly SatisfactionActivity[];
  /** Tasks of the complaints' accounts (only the complaint rule's are read). */
  tasks: readonly SatisfactionTask[];
  accounts: ReadonlyMap<string, SatisfactionAccount>;
}

export type ChurnReason = 'detractor' | 'lowCsat' | 'complaints';

export interface AtRiskCustomer {
  accountId: string;
  name: string;
  rep: string;
  reasons: ChurnReason[];
  /** The latest NPS score in the window, if any. */
  nps: number | null;
  complaints: number;
}

export interface SatisfactionReport {
  team: RepSatisfaction;
  /** Per rep, by rep name; `rep` '' is nobody named. */
  reps: Array<{ rep: string; measure: RepSatisfaction; compliance: number | null }>;
  teamCompliance: number | null;
  atRisk: AtRiskCustomer[];
  atRiskCount: number;
}

/**
 * Whose satisfaction a survey or complaint counts for: the account's owner, else the rep who
 * recorded it (accounts nobody assigned are worked by whoever captured them).
 */
function repOf(activity: SatisfactionActivity, account: SatisfactionAccount | undefined): string | null {
  return (account?.ownerId || activity.actor || '').trim() || null;
}

const complaintRef = (accountId: string, at: number) => `${accountId}@${at}`;

/** The measures' events: a complaint is answered when its response-plan task (same trigger time) is done. */
export function satisfactionEvents(inputs: SatisfactionInputs): SatisfactionEvent[] {
  const events: SatisfactionEvent[] = [];
  for (const activity of inputs.activities) {
    const ownerId = repOf(activity, inputs.accounts.get(activity.accountId));
    if (activity.kind === 'survey' && activity.survey) {
      events.push({ kind: 'survey', at: activity.at, ownerId, ...activity.survey });
    } else if (activity.kind === 'complaint') {
      events.push({ kind: 'complaint', at: activity.at, ownerId, ref: complaintRef(activity.accountId, activity.at) });
    }
  }
  for (const task of inputs.tasks) {
    if (task.ruleId !== COMPLAINT_RULE_ID || task.status !== 'done' || task.triggerAt === undefined || task.completedAt === undefined) continue;
    events.push({ kind: 'complaintAnswered', at: task.completedAt, ownerId: null, ref: complaintRef(task.accountId, task.triggerAt) });
  }
  return events;
}

/** The dashboard's satisfaction section for a period, and the customers whose satisfaction says they may leave. */
export function satisfactionReport(inputs: SatisfactionInputs, period: SatisfactionRange, now: number): SatisfactionReport {
  const events = satisfactionEvents(inputs);
  const options = { now: Math.min(now, period.to) };
  const team = teamSatisfaction(events, period, options);
  const reps = [...satisfactionByRep(events, period, options)]
    .map(([rep, measure]) => ({ rep, measure, compliance: complaintCompliance(measure) }))
    .sort((a, b) => (a.rep === '' ? 1 : b.rep === '' ? -1 : a.rep.localeCompare(b.rep)));
  const atRisk = churnRisks(inputs, now);
  return { team, reps, teamCompliance: complaintCompliance(team), atRisk: atRisk.slice(0, AT_RISK_LIMIT), atRiskCount: atRisk.length };
}

/**
 * Customers (won or renewal) who, in the last 90 days, gave a detractor NPS (0–6) or a low CSAT
 * as their latest score, or complained at least twice: churn signals by shared/domain.md.
 */
export function churnRisks(inputs: SatisfactionInputs, now: number): AtRiskCustomer[] {
  const from = now - CHURN_WINDOW_MS;
  const byAccount = new Map<string, { nps?: { at: number; score: number }; csat?: { at: number; score: number }; complaints: number }>();
  for (const activity of inputs.activities) {
    if (activity.at <= from || activity.at > now) continue;
    let facts = byAccount.get(activity.accountId);
    if (!facts) byAccount.set(activity.accountId, (facts = { complaints: 0 }));
    if (activity.kind === 'complaint') facts.complaints++;
    const survey = activity.kind === 'survey' ? activity.survey : undefined;
    if (survey?.nps !== undefined && (!facts.nps || activity.at >= facts.nps.at)) facts.nps = { at: activity.at, score: survey.nps };
    if (survey?.csat !== undefined && (!facts.csat || activity.at >= facts.csat.at)) facts.csat = { at: activity.at, score: survey.csat };
  }
  const risks: AtRiskCustomer[] = [];
  for (const [accountId, facts] of byAccount) {
    const account = inputs.accounts.get(accountId);
    if (!account || (account.stage !== 'won' && account.stage !== 'renewal')) continue;
    const reasons: ChurnReason[] = [];
    if (facts.nps && npsCategory(facts.nps.score) === 'detractor') reasons.push('detractor');
    if (facts.csat && facts.csat.score <= LOW_CSAT) reasons.push('lowCsat');
    if (facts.complaints >= CHURN_COMPLAINTS) reasons.push('complaints');
    if (reasons.length === 0) continue;
    risks.push({ accountId, name: account.name, rep: (account.ownerId ?? '').trim(), reasons, nps: facts.nps?.score ?? null, complaints: facts.complaints });
  }
  return risks.sort((a, b) => b.complaints - a.complaints || (a.nps ?? 11) - (b.nps ?? 11) || a.name.localeCompare(b.name));
}
