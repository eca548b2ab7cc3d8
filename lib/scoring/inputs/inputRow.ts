import type { Account } from '../../model/account';
import { CONTACT_KINDS } from '../../pipeline/contactActivity';
import { isEmailReply } from '../../signals/activitySignals';
import { leadInputFrom } from '../leadInputFrom';
import type { StoredLead } from '../rescore/storedLeads';
import type { ScoringLead, Signals, SiteVisit } from '../scoringLead';

/**
 * What re-scoring needs of one account, kept so a full re-score need not read the account, its
 * contacts, activities and visits again (issue #4: those reads were ~2.4 s of a ~3 s run). It is
 * what `leadInputFrom` and `signalsFromRecords` make of the records, minus the one part that
 * depends on the time of scoring: which activities have happened yet.
 *
 * A row is only ever a faithful summary. Records it cannot summarise exactly (a field of the wrong
 * type, a record that throws) make a `raw` row, and re-scoring reads that account's records as
 * before, so a broken record is graded exactly as it was ("unscored", with the reason).
 */
export interface InputRow {
  readonly id: string;
  readonly raw: boolean;
  /** The account's `updatedAt`, under which its score is stored. */
  readonly updatedAt: number;
  readonly lead: ScoringLead;
  readonly visits: readonly SiteVisit[];
  /** The timeline's dated activities in timeline order, as `at` and ACTIVITY flags. */
  readonly activityAt: readonly number[];
  readonly activityFlags: readonly number[];
}

/** What an activity counts as (activitySignals.ts decides; stored so the text is not read again). */
export const ACTIVITY = { reply: 1, meeting: 2, touch: 4 } as const;

/** The one empty list every row without visits, activities, tags or competitors shares (a full re-score holds 100k rows). */
export const NONE: readonly never[] = Object.freeze([]);

/** The row of an account whose records are read again when it is scored. */
export const rawRow = (id: string): InputRow => ({ id, raw: true, updatedAt: 0, lead: {}, visits: NONE, activityAt: NONE, activityFlags: NONE });

const TEXT_KEYS = ['industry', 'region', 'country', 'domain', 'stage', 'budget', 'timeline', 'contactTitle', 'contactSeniority', 'emailDomain'] as const;
const NUMBER_KEYS = ['employees', 'annualRevenue', 'painCount', 'mustHavePainCount'] as const;
const LIST_KEYS = ['tags', 'competitors'] as const;

/**
 * The row for one stored account, `id` being its key; `raw` when any part would not come back
 * exactly as the records give it (re-scoring then reads them again).
 */
export function inputRowOf(stored: StoredLead, id: string): InputRow {
  const account = stored.account as Account;
  try {
    const updatedAt = account.updatedAt;
    if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return rawRow(id);
    const lead = leadInputFrom(account, stored.contacts);
    if (!plainLead(lead)) return rawRow(id);
    const visits: SiteVisit[] = [];
    for (const visit of stored.visits) {
      if (!isFiniteNumber(visit.startedAt) || !isFiniteNumber(visit.seconds)) return rawRow(id);
      visits.push({ at: visit.startedAt, seconds: visit.seconds });
    }
    const activityAt: number[] = [];
    const activityFlags: number[] = [];
    for (const activity of stored.activities) {
      // Skipped whatever the time, as activitySignals skips them.
      if (!activity || !isFiniteNumber(activity.at)) continue;
      activityAt.push(activity.at);
      activityFlags.push(
        (isEmailReply(activity) ? ACTIVITY.reply : 0) | (activity.kind === 'meeting' ? ACTIVITY.meeting : 0) | (CONTACT_KINDS.includes(activity.kind) ? ACTIVITY.touch : 0),
      );
    }
    return { id, raw: false, updatedAt, lead, visits: visits.length ? visits : NONE, activityAt: activityAt.length ? activityAt : NONE, activityFlags: activityFlags.length ? activityFlags : NONE };
  } catch {
    // leadInputFrom or a reply test threw on a broken record: scoring it as before grades it "unscored".
    return rawRow(id);
  }
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Every field of a type the page columns hold exactly (inputPageCodec.ts). */
function plainLead(lead: ScoringLead): boolean {
  for (const key of TEXT_KEYS) if (lead[key] !== undefined && typeof lead[key] !== 'string') return false;
  for (const key of NUMBER_KEYS) if (lead[key] !== undefined && !isFiniteNumber(lead[key])) return false;
  for (const key of LIST_KEYS) {
    const list: unknown = lead[key];
    if (!Array.isArray(list)) return false;
    for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return false;
  }
  return true;
}

/** The row's signals at `now`: what `signalsFromRecords` gives for the same records at that time. */
export function signalsAt(row: InputRow, now: number): Signals {
  const emailReplies: number[] = [];
  const meetings: number[] = [];
  let lastTouchAt: number | undefined;
  const { activityAt, activityFlags } = row;
  for (let i = 0; i < activityAt.length; i++) {
    const at = activityAt[i]!;
    if (at > now) continue;
    const flags = activityFlags[i]!;
    if (flags & ACTIVITY.reply) emailReplies.push(at);
    if (flags & ACTIVITY.meeting) meetings.push(at);
    if (flags & ACTIVITY.touch && (lastTouchAt === undefined || at > lastTouchAt)) lastTouchAt = at;
  }
  return { visits: row.visits, emailReplies, meetings, ...(lastTouchAt !== undefined ? { lastTouchAt } : {}) };
}

export { LIST_KEYS, NUMBER_KEYS, TEXT_KEYS };
