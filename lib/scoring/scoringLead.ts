import type { Seniority } from './seniority';

/**
 * What the rules read about one lead: the account's fields plus its primary contact's, flat
 * and normalised (trimmed; counts instead of lists). Build it with `leadInputFrom`; scoring
 * still tolerates any object here, since stored records and imports are not trusted.
 */
export interface ScoringLead {
  industry?: string;
  employees?: number;
  annualRevenue?: number;
  region?: string;
  country?: string;
  domain?: string;
  stage?: string;
  tags?: readonly string[];
  /** From the needs record: empty means not recorded. */
  budget?: string;
  timeline?: string;
  painCount?: number;
  mustHavePainCount?: number;
  competitors?: readonly string[];
  contactTitle?: string;
  contactSeniority?: Seniority;
  /** The primary contact's email domain, else the account's first address's. */
  emailDomain?: string;
}

export interface SiteVisit {
  /** When the visit started, epoch ms. */
  readonly at: number;
  readonly seconds: number;
}

/** Behaviour over time, as epoch-ms timestamps; decay is applied when scoring. */
export interface Signals {
  readonly visits: readonly SiteVisit[];
  readonly emailReplies: readonly number[];
  readonly meetings: readonly number[];
  readonly lastTouchAt?: number;
}

export const NO_SIGNALS: Signals = Object.freeze({
  visits: Object.freeze([]),
  emailReplies: Object.freeze([]),
  meetings: Object.freeze([]),
});
