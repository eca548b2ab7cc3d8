import type { Grade, LeadScore, ScoreReason } from '../model/grade';
import type { CompiledRuleSet } from './compileRuleSet';
import { decayedCount, decayVisitsInto } from './decay';
import { FIELD_BIT, FIELD_SLOT, releaseFrame, takeFrame, type Frame } from './frame';
import { readLeadInto } from './readLead';
import { passValueTests } from './leafBits';
import { checkRules } from './ruleFiring';
import type { ScoringLead, Signals } from './scoringLead';
import { BAD_CLOCK_REASON, NOT_A_LEAD_REASON, badFieldReason, badSignalsReason } from './unscoredReasons';

/**
 * Scores one lead: synchronous, pure (same input, same output) and total: a lead or signals
 * of any shape give a score, never an exception, so one bad record cannot stop a re-scoring.
 * The points of the reasons add up to the score; `now` is epoch ms.
 */
export function scoreLead(compiled: CompiledRuleSet, lead: ScoringLead, signals: Signals | undefined, now: number): LeadScore {
  if (!Number.isFinite(now) || now < 0) return unscored(compiled, 0, BAD_CLOCK_REASON);
  const frame = takeFrame(now, compiled.initialBits);
  let score: LeadScore;
  try {
    score = scoreReadableLead(frame, compiled, lead, signals);
  } catch {
    // Only a hostile object (a throwing getter, a revoked Proxy) gets here.
    score = unscored(compiled, now, NOT_A_LEAD_REASON);
  }
  releaseFrame(frame);
  return score;
}

function scoreReadableLead(frame: Frame, compiled: CompiledRuleSet, lead: ScoringLead, signals: Signals | undefined): LeadScore {
  const { now } = frame;
  if (typeof lead !== 'object' || lead === null || Array.isArray(lead)) return unscored(compiled, now, NOT_A_LEAD_REASON);
  const unreadableSignal = decaySignalsInto(frame, compiled, signals);
  if (unreadableSignal) return unscored(compiled, now, badSignalsReason(unreadableSignal));
  const wronglyTyped = readLeadInto(frame, lead, compiled.profileReads);
  if (wronglyTyped) return unscored(compiled, now, badFieldReason(wronglyTyped));
  passValueTests(frame, compiled.valueTests);
  checkRules(frame, compiled.checks);

  const reasons: ScoreReason[] = [];
  let total = 0;
  // A red flag (competitor, student...) is itself enough to know the lead is weak.
  let redFlag = false;
  const { groups, rules } = compiled;
  const { known, bits, numbers } = frame;
  for (let groupIndex = 0; groupIndex < groups.length; groupIndex++) {
    const group = groups[groupIndex]!;
    const { ruleBits } = group;
    let sum = 0;
    for (let at = 0; at < ruleBits.length; at += 2) {
      const word = ruleBits[at]!;
      // The rules that fired, lowest bit (earliest rule) first.
      for (let fired = bits[word]! & ruleBits[at + 1]!; fired !== 0; fired &= fired - 1) {
        const rule = rules[(word << 5) | (31 - Math.clz32(fired & -fired))]!;
        let points = rule.points;
        if (rule.amountSlot < 0) {
          reasons.push(rule.reason);
        } else {
          const raw = points * numbers[rule.amountSlot]!;
          points = roundTenth(raw >= 0 ? Math.min(raw, rule.maxPoints) : Math.max(raw, -rule.maxPoints));
          if (points === 0) continue;
          reasons.push({ ruleId: rule.id, label: rule.label, points });
        }
        sum += points;
        if (points < 0) redFlag = true;
      }
    }
    sum = roundTenth(sum);
    if (sum > group.max) {
      reasons.push({ ruleId: group.capRuleId, label: group.capLabel, points: roundTenth(group.max - sum) });
      sum = group.max;
    } else if (sum < group.min) {
      reasons.push({ ruleId: group.capRuleId, label: group.floorLabel, points: roundTenth(group.min - sum) });
      sum = group.min;
    }
    total += sum;
  }
  const score = roundTenth(total);

  const knownCount = bitCount(known & compiled.knownMask);
  let grade: Grade;
  if (knownCount < compiled.minKnownFields && !redFlag) {
    reasons.push(compiled.tooLittleKnownReasons[knownCount]!);
    grade = 'unscored';
  } else {
    grade = score >= compiled.thresholds.A ? 'A' : score >= compiled.thresholds.B ? 'B' : 'C';
  }
  return { score, grade, reasons, scoredAt: Math.floor(now), ruleSetVersion: compiled.ruleSetVersion };
}

/**
 * Decays the signals any rule reads into the frame's numbers (zero, or NaN for the last touch,
 * when there are none); returns the name of one that cannot be read.
 */
function decaySignalsInto(frame: Frame, compiled: CompiledRuleSet, signals: Signals | undefined): string | undefined {
  const { numbers, now } = frame;
  numbers[FIELD_SLOT.visits] = 0;
  numbers[FIELD_SLOT.visitMinutes] = 0;
  numbers[FIELD_SLOT.emailReplies] = 0;
  numbers[FIELD_SLOT.meetings] = 0;
  numbers[FIELD_SLOT.lastTouchAt] = Number.NaN;
  if (signals === undefined || signals === null) return undefined;
  if (typeof signals !== 'object') return 'signals';
  const { reads, decayRates } = compiled;
  if (reads.visits) {
    if (!decayVisitsInto(frame, signals.visits, decayRates.visits, now)) return 'visits';
    numbers[FIELD_SLOT.visits] = frame.visits;
    numbers[FIELD_SLOT.visitMinutes] = frame.visitMinutes;
  }
  if (reads.emailReplies) {
    const emailReplies = (numbers[FIELD_SLOT.emailReplies] = decayedCount(signals.emailReplies, decayRates.emailReplies, now));
    if (Number.isNaN(emailReplies)) return 'emailReplies';
  }
  if (reads.meetings) {
    const meetings = (numbers[FIELD_SLOT.meetings] = decayedCount(signals.meetings, decayRates.meetings, now));
    if (Number.isNaN(meetings)) return 'meetings';
  }
  const lastTouchAt: unknown = signals.lastTouchAt;
  if (reads.lastTouchAt && lastTouchAt !== undefined && lastTouchAt !== null) {
    if (typeof lastTouchAt !== 'number' || !Number.isFinite(lastTouchAt)) return 'lastTouchAt';
    numbers[FIELD_SLOT.lastTouchAt] = lastTouchAt;
    frame.known |= FIELD_BIT.lastTouchAt;
  }
  return undefined;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Points are shown to one decimal; rounding each reason keeps their sum equal to the score.
 * Most sums are whole already, and skipping the division for them is measurably faster. Only
 * whole ones: `value * 10` can be whole when `value` is not a tenth (6.699999999999999 × 10 is 67).
 */
export function roundTenth(value: number): number {
  return (Number.isInteger(value) ? value : Math.round(value * 10) / 10) + 0; // `+ 0` turns -0 into 0
}

function unscored(compiled: CompiledRuleSet, now: number, reason: ScoreReason): LeadScore {
  return { score: 0, grade: 'unscored', reasons: [reason], scoredAt: Math.floor(now), ruleSetVersion: compiled.ruleSetVersion };
}
