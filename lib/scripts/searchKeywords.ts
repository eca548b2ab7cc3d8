import type { Objection, Script, Stage } from '../model';

/**
 * Words reps type when they look for a script, in both languages, per tag. Indexed with every
 * script so "贵" finds the English price answer and "boss" finds the Chinese one.
 */
const OBJECTION_WORDS: Record<Objection, string> = {
  price_too_high: 'price expensive cost pricing discount 价格 太贵 贵 报价 降价 折扣',
  delivery_too_long: 'delivery lead time slow timeline implementation 交付 交期 周期 太慢 工期 上线',
  competitor_cheaper: 'competitor cheaper rival alternative quote 竞品 竞争对手 便宜 比价 对手',
  no_budget_or_timing: 'budget timing later next year funding 预算 没预算 时机 明年 以后再说',
  ask_the_boss: 'boss manager approval decision maker sign off 老板 领导 审批 请示 决策',
  already_have_solution: 'already have existing vendor incumbent switch 已有 现有 供应商 替换 在用',
  not_convinced_of_value: 'value worth roi proof evidence convince 价值 回报 效果 值不值 证明',
};

const KIND_WORDS: Record<Script['kind'], string> = {
  objection: 'objection handling answer 异议 异议处理 应对 话术',
  opener: 'opener first contact intro cold email outreach 开场白 首次联系 初次 破冰',
  follow_up: 'follow up followup reminder 跟进 回访 跟进邮件',
  nurture: 'nurture case study trend policy newsletter 培育 案例 趋势 政策 资讯',
  minutes: 'minutes meeting notes recap summary next steps 会议纪要 纪要 会议 下一步',
};

const STAGE_WORDS: Record<Stage, string> = {
  lead: 'lead 线索',
  prospect: 'prospect discovery 潜在客户 需求调研',
  opportunity: 'opportunity solution proposal 机会 方案',
  negotiation: 'negotiation contract 谈判 合同',
  won: 'won customer delivery 成交 交付',
  renewal: 'renewal referral 续约 转介绍',
  nurture: 'nurture 培育',
  lost: 'lost 丢单',
  disqualified: 'disqualified 无效',
};

export function searchKeywordsFor(script: Script): string {
  return [
    KIND_WORDS[script.kind],
    script.objection ? OBJECTION_WORDS[script.objection] : '',
    ...script.stages.map((stage) => STAGE_WORDS[stage]),
    ...script.industries,
    ...(script.tags ?? []),
  ].join(' ');
}
