import type { ScoreReason } from '../model/grade';
import { SCORING_FIELDS, type FieldName } from './fields';

/**
 * Why a lead got no grade. Ids start with `lead:` so they never collide with a rule's id
 * (rule ids cannot contain ":"), and every reason is worth 0 points.
 */
export function tooLittleKnownReason(known: number, needed: number): ScoreReason {
  return Object.freeze({
    ruleId: 'lead:tooLittleKnown',
    label: Object.freeze({
      en: `Too little known to grade yet: ${known} of the ${needed} profile facts needed`,
      zh_CN: `信息不足，暂不评级：画像信息只有 ${known} 项，至少需要 ${needed} 项`,
    }),
    points: 0,
  });
}

export function badFieldReason(field: FieldName): ScoreReason {
  const label = SCORING_FIELDS[field].label;
  return {
    ruleId: 'lead:badField',
    label: {
      en: `Not graded: the lead's "${label.en}" is not in a form we can read`,
      zh_CN: `未评级：线索的“${label.zh_CN}”数据格式不对，无法读取`,
    },
    points: 0,
  };
}

export function badSignalsReason(signal: string): ScoreReason {
  return {
    ruleId: 'lead:badSignals',
    label: {
      en: `Not graded: the activity record (${signal}) is not in a form we can read`,
      zh_CN: `未评级：互动记录（${signal}）数据格式不对，无法读取`,
    },
    points: 0,
  };
}

export const NOT_A_LEAD_REASON: ScoreReason = Object.freeze({
  ruleId: 'lead:unreadable',
  label: Object.freeze({ en: 'Not graded: the lead record could not be read', zh_CN: '未评级：无法读取该线索记录' }),
  points: 0,
});

export const BAD_CLOCK_REASON: ScoreReason = Object.freeze({
  ruleId: 'lead:badClock',
  label: Object.freeze({ en: 'Not graded: the scoring time is not a valid date', zh_CN: '未评级：评分时间无效' }),
  points: 0,
});
