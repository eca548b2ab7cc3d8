import type { LocalizedLabel } from '../model/grade';
import { STAGES } from '../model/stage';
import { SENIORITIES } from './seniority';

/**
 * The fields a rule can read, with what kind of value each holds. This is the vocabulary of the
 * rule-set document: the schema checks rules against it and the rule editor lists it.
 */
export type FieldKind = 'text' | 'textList' | 'number' | 'timestamp';

export interface FieldSpec {
  readonly kind: FieldKind;
  /** `profile`: what we know about the company and contact; `signal`: behaviour, with decay. */
  readonly source: 'profile' | 'signal';
  /** A closed vocabulary: rule values outside it are refused, since they could never match. */
  readonly values?: readonly string[];
  readonly label: LocalizedLabel;
}

export const SCORING_FIELDS = {
  industry: { kind: 'text', source: 'profile', label: { en: 'Industry', zh_CN: '行业' } },
  employees: { kind: 'number', source: 'profile', label: { en: 'Employees', zh_CN: '员工人数' } },
  annualRevenue: { kind: 'number', source: 'profile', label: { en: 'Annual revenue', zh_CN: '年营收' } },
  region: { kind: 'text', source: 'profile', label: { en: 'Region', zh_CN: '地区' } },
  country: { kind: 'text', source: 'profile', label: { en: 'Country', zh_CN: '国家' } },
  domain: { kind: 'text', source: 'profile', label: { en: 'Company domain', zh_CN: '公司域名' } },
  stage: { kind: 'text', source: 'profile', values: STAGES, label: { en: 'Pipeline stage', zh_CN: '销售阶段' } },
  tags: { kind: 'textList', source: 'profile', label: { en: 'Tags', zh_CN: '标签' } },
  budget: { kind: 'text', source: 'profile', label: { en: 'Budget (needs record)', zh_CN: '预算（需求记录）' } },
  timeline: { kind: 'text', source: 'profile', label: { en: 'Timeline (needs record)', zh_CN: '采购时间（需求记录）' } },
  painCount: { kind: 'number', source: 'profile', label: { en: 'Pains recorded', zh_CN: '已记录痛点数' } },
  mustHavePainCount: { kind: 'number', source: 'profile', label: { en: 'Must-have pains', zh_CN: '必须解决的痛点数' } },
  competitors: { kind: 'textList', source: 'profile', label: { en: 'Competitors in the deal', zh_CN: '参与竞争的对手' } },
  contactTitle: { kind: 'text', source: 'profile', label: { en: 'Contact title', zh_CN: '联系人职位' } },
  contactSeniority: {
    kind: 'text',
    source: 'profile',
    values: SENIORITIES,
    label: { en: 'Contact seniority', zh_CN: '联系人职级' },
  },
  emailDomain: { kind: 'text', source: 'profile', label: { en: 'Email domain', zh_CN: '邮箱域名' } },
  visits: { kind: 'number', source: 'signal', label: { en: 'Site visits (decayed)', zh_CN: '网站访问次数（按时间衰减）' } },
  visitMinutes: {
    kind: 'number',
    source: 'signal',
    label: { en: 'Minutes on site (decayed)', zh_CN: '网站停留分钟数（按时间衰减）' },
  },
  emailReplies: { kind: 'number', source: 'signal', label: { en: 'Email replies (decayed)', zh_CN: '邮件回复数（按时间衰减）' } },
  meetings: { kind: 'number', source: 'signal', label: { en: 'Meetings (decayed)', zh_CN: '会议次数（按时间衰减）' } },
  lastTouchAt: { kind: 'timestamp', source: 'signal', label: { en: 'Last touch', zh_CN: '最近一次联系' } },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof SCORING_FIELDS;
export const FIELD_NAMES = Object.keys(SCORING_FIELDS) as FieldName[];
export const PROFILE_FIELD_NAMES = FIELD_NAMES.filter((name) => SCORING_FIELDS[name].source === 'profile');

/** Signals a rule can award points per unit of (`per`), each decaying with its own half-life. */
export const SIGNAL_AMOUNTS = ['visits', 'visitMinutes', 'emailReplies', 'meetings'] as const;
export type SignalAmount = (typeof SIGNAL_AMOUNTS)[number];

/** The signals that carry a half-life; visit minutes decay with their visits. */
export const DECAYING_SIGNALS = ['visits', 'emailReplies', 'meetings'] as const;
export type DecayingSignal = (typeof DECAYING_SIGNALS)[number];

export const OPERATORS = ['equals', 'in', 'range', 'contains', 'exists', 'withinDays'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Signal counts are always known (zero when nothing happened), so `exists` is not offered there. */
export function operatorsFor(name: FieldName): readonly Operator[] {
  const spec: FieldSpec = SCORING_FIELDS[name];
  if (spec.source === 'signal') return spec.kind === 'timestamp' ? ['withinDays', 'exists'] : ['range'];
  switch (spec.kind) {
    case 'text':
    case 'textList':
      return spec.values ? ['equals', 'in', 'exists'] : ['equals', 'in', 'contains', 'exists'];
    case 'number':
      return ['equals', 'range', 'exists'];
    case 'timestamp':
      return ['withinDays', 'exists'];
  }
}

export function isFieldName(value: unknown): value is FieldName {
  return typeof value === 'string' && Object.hasOwn(SCORING_FIELDS, value);
}
