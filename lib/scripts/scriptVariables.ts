/**
 * The variables a script may use. A default script may only use these (a test checks it);
 * managers' own scripts may use others, which then always show as missing in the preview.
 *
 * Figures (value.*, case.*, proof.*) are variables on purpose: the library never states a
 * number or a customer name as fact; the rep fills in ones they can stand behind.
 */
export const SCRIPT_VARIABLES = [
  'contact.firstName',
  'contact.name',
  'contact.title',
  'account.name',
  'account.industry',
  'rep.name',
  'rep.title',
  'rep.company',
  'rep.phone',
  /** How much dearer we are than the alternative, e.g. "12%". */
  'value.priceDelta',
  /** What the customer saves, e.g. "¥400,000 a year" or "2 FTE of manual work". */
  'value.saving',
  /** Payback period, e.g. "7 months". */
  'value.payback',
  /** Return on investment over the horizon the rep quotes, e.g. "210% over 3 years". */
  'value.roi',
  /** A reference customer the rep may name… */
  'case.customer',
  /** …and what it achieved, as a past-tense phrase: "cut scrap by 18% in six months". */
  'case.result',
  /** A third-party source and its figure (analyst report, industry association, certification). */
  'proof.source',
  'proof.figure',
  /** Content shared in a nurture email. */
  'resource.title',
  'resource.url',
  'meeting.date',
  'meeting.attendees',
] as const;
export type ScriptVariable = (typeof SCRIPT_VARIABLES)[number];

const KNOWN = new Set<string>(SCRIPT_VARIABLES);

export function isKnownVariable(path: string): path is ScriptVariable {
  return KNOWN.has(path);
}
