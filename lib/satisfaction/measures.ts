/**
 * Satisfaction measures (issue #24 item 3): NPS, CSAT and complaint response per rep and period.
 * Pure: the dashboard worker and the KPI scorecard feed it events read from the activities.
 */

/** The default playbook asks for a response plan within this long after a complaint (shared/domain.md). */
export const COMPLAINT_RESPONSE_HOURS = 24;
export const COMPLAINT_RESPONSE_MS = COMPLAINT_RESPONSE_HOURS * 60 * 60 * 1000;

export interface SatisfactionEvent {
  kind: 'survey' | 'complaint' | 'complaintAnswered';
  at: number;
  /** The rep the customer's satisfaction counts for; null when the account has no owner. */
  ownerId: string | null;
  nps?: number;
  csat?: number;
  /** When the response plan to a complaint is due; `at` + 24 h when absent. */
  dueAt?: number;
  /**
   * Pairs an answer with its complaint: a complaint's own id, or on `complaintAnswered` the id of
   * the complaint it answers. An answer without a matching complaint is ignored.
   */
  ref?: string;
}

export interface RepSatisfaction {
  surveys: number;
  /** −100…100, null when no survey in the period had an NPS score. */
  nps: number | null;
  /** 1…5, null when no survey in the period had a CSAT score. */
  csatAverage: number | null;
  complaints: number;
  complaintsAnsweredOnTime: number;
  /** Answered after the deadline, or still unanswered past it. */
  complaintsLate: number;
  /** Unanswered and not yet due. */
  complaintsOpen: number;
}

export interface SatisfactionRange {
  from: number;
  to: number;
}

export interface SatisfactionOptions {
  /** The moment an unanswered complaint is judged against its deadline; the range's end by default. */
  now?: number;
}

/** Promoters (9–10) minus detractors (0–6), in whole percent of all scores; null when there are none. */
export function npsOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return roundHalfAway((100 * (promoters - detractors)) / scores.length);
}

/** The NPS category of one score, for alerts and lists. */
export function npsCategory(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score <= 6 ? 'detractor' : 'passive';
}

/** Share of decided complaints answered on time, 0…1; null when none is decided yet. */
export function complaintCompliance(measure: RepSatisfaction): number | null {
  const decided = measure.complaintsAnsweredOnTime + measure.complaintsLate;
  return decided === 0 ? null : measure.complaintsAnsweredOnTime / decided;
}

/**
 * Each rep's satisfaction over `range` (`from` inclusive, `to` exclusive), keyed by owner id; the
 * key `''` collects accounts without an owner. Surveys and complaints count when they happened in
 * the range; a complaint's answer counts whenever it came, so last month's complaint answered on
 * the 1st is on time, not open.
 */
export function satisfactionByRep(
  events: readonly SatisfactionEvent[],
  range: SatisfactionRange,
  options: SatisfactionOptions = {},
): Map<string, RepSatisfaction> {
  return measure(events, range, options, (event) => event.ownerId ?? '');
}

/** The whole team's satisfaction over `range`: NPS over every score, not an average of the reps'. */
export function teamSatisfaction(events: readonly SatisfactionEvent[], range: SatisfactionRange, options: SatisfactionOptions = {}): RepSatisfaction {
  return measure(events, range, options, () => '').get('') ?? emptySatisfaction();
}

export function emptySatisfaction(): RepSatisfaction {
  return { surveys: 0, nps: null, csatAverage: null, complaints: 0, complaintsAnsweredOnTime: 0, complaintsLate: 0, complaintsOpen: 0 };
}

interface Tally {
  surveys: number;
  npsScores: number[];
  csatSum: number;
  csatCount: number;
  complaints: number;
  onTime: number;
  late: number;
  open: number;
}

function measure(
  events: readonly SatisfactionEvent[],
  range: SatisfactionRange,
  options: SatisfactionOptions,
  keyOf: (event: SatisfactionEvent) => string,
): Map<string, RepSatisfaction> {
  const now = options.now ?? range.to;
  // The first answer to a complaint is the one its deadline is judged by.
  const answeredAt = new Map<string, number>();
  for (const event of events) {
    if (event.kind !== 'complaintAnswered' || event.ref === undefined) continue;
    const earlier = answeredAt.get(event.ref);
    if (earlier === undefined || event.at < earlier) answeredAt.set(event.ref, event.at);
  }
  const tallies = new Map<string, Tally>();
  for (const event of events) {
    if (event.kind === 'complaintAnswered' || event.at < range.from || event.at >= range.to) continue;
    const key = keyOf(event);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { surveys: 0, npsScores: [], csatSum: 0, csatCount: 0, complaints: 0, onTime: 0, late: 0, open: 0 };
      tallies.set(key, tally);
    }
    if (event.kind === 'survey') {
      tally.surveys++;
      if (event.nps !== undefined) tally.npsScores.push(event.nps);
      if (event.csat !== undefined) {
        tally.csatSum += event.csat;
        tally.csatCount++;
      }
      continue;
    }
    tally.complaints++;
    const dueAt = event.dueAt ?? event.at + COMPLAINT_RESPONSE_MS;
    const answered = event.ref === undefined ? undefined : answeredAt.get(event.ref);
    if (answered !== undefined) {
      if (answered <= dueAt) tally.onTime++;
      else tally.late++;
    } else if (dueAt < now) tally.late++;
    else tally.open++;
  }
  const result = new Map<string, RepSatisfaction>();
  for (const [key, tally] of tallies) {
    result.set(key, {
      surveys: tally.surveys,
      nps: npsOf(tally.npsScores),
      csatAverage: tally.csatCount === 0 ? null : tally.csatSum / tally.csatCount,
      complaints: tally.complaints,
      complaintsAnsweredOnTime: tally.onTime,
      complaintsLate: tally.late,
      complaintsOpen: tally.open,
    });
  }
  return result;
}

/** Math.round rounds −0.5 up to −0; percentages round half away from zero so ±x.5 mirror. */
function roundHalfAway(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}
