/**
 * How senior a contact is, from the title as written on a card or page. Rules grade on this
 * rather than on raw titles, so "VP Sales", "销售副总裁" and "Vice President" score alike.
 */
export const SENIORITIES = ['c_level', 'vp', 'director', 'manager', 'staff', 'student'] as const;
export type Seniority = (typeof SENIORITIES)[number];

/** Checked in order: the first match wins, so "Assistant to the CEO" must not read as c_level. */
const TITLE_PATTERNS: ReadonlyArray<readonly [Seniority, RegExp]> = [
  // Students and interns first: "MBA student, former CEO" is still not a buyer today.
  ['student', /\b(student|intern|undergraduate|phd candidate)\b|学生|实习|研究生|本科/i],
  // Assistants and secretaries work for a senior person but do not sign.
  ['staff', /\b(assistant|secretary|coordinator)\b|助理|秘书|文员/i],
  // Vice presidents before presidents: "副总裁" contains "总裁", "Vice President" contains "President".
  ['vp', /\b(vp|svp|evp|vice president)\b|副总/i],
  ['c_level', /\b(ceo|cto|cfo|coo|cio|cmo|cro|chief\b|founder|co-founder|owner|president|chair(man|woman)?|managing director|general manager)|董事长|总裁|总经理|创始人|合伙人|首席|老板/i],
  ['director', /\b(director|head of)\b|总监|负责人/i],
  ['manager', /\b(manager|lead|supervisor)\b|经理|主管|组长|主任/i],
];

export function seniorityFromTitle(title: string | undefined): Seniority | undefined {
  if (!title || !title.trim()) return undefined;
  for (const [seniority, pattern] of TITLE_PATTERNS) {
    if (pattern.test(title)) return seniority;
  }
  return 'staff';
}

/** Higher is more senior; used to pick which contact speaks for the account. */
export const SENIORITY_RANK: Readonly<Record<Seniority, number>> = {
  c_level: 5,
  vp: 4,
  director: 3,
  manager: 2,
  staff: 1,
  student: 0,
};
