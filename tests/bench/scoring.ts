/**
 * Scoring throughput (issue #4): 100k synthetic leads scored single-threaded with the default
 * rules, and json-rules-engine evaluating the same rules, translated mechanically from the same
 * rule set, on the same leads in the same run. Targets: ≥ 1,000,000 scorings/s and ≥ 100×.
 *
 *   npx tsx tests/bench/scoring.ts
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { RuleSet } from '../../lib/model/ruleSet';
import { compileRuleSet, DEFAULT_RULE_SET, parseRuleSet, scoreLead, SCORING_FIELDS } from '../../lib/scoring';
import type { Condition, FieldName, ScoringLead, Signals } from '../../lib/scoring';
import { DAY_MS, decayedCount, decayVisitsInto } from '../../lib/scoring/decay';

import type { BenchResult } from './budget';
import { seededRandom } from '../support/seededRandom';
export type { BenchResult };

const LEADS = 100_000;
const JRE_LEADS = 3_000;
const EQUIVALENCE_SAMPLE = 3_000;
const NOW = Date.UTC(2025, 5, 1);

// --- Synthetic leads: seeded, so every run scores the same 100k leads. ---


const INDUSTRIES = ['Software', 'SaaS', 'Manufacturing', 'Retail', 'Healthcare', '软件', '制造业', 'Education', 'Computer Software', 'Logistics', 'Real Estate'];
const REGIONS = ['Shanghai', 'Beijing', '华东', 'Texas', 'Bavaria', '广东', 'Ontario', 'Zhejiang'];
const TAGS = ['crm', 'product-fit', 'trade-show', 'competitor', 'partner', 'student', '销售团队', 'inbound'];
const SENIORITY_VALUES = ['c_level', 'vp', 'director', 'manager', 'staff', 'student'] as const;
const EMAIL_DOMAINS = ['acme.com', 'gmail.com', 'qq.com', 'example.cn', 'pku.edu.cn', 'globex.io', '163.com', 'initech.com'];

export function syntheticLeads(count: number, seed = 42): Array<{ lead: ScoringLead; signals: Signals }> {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const maybe = <T>(probability: number, value: () => T): T | undefined => (random() < probability ? value() : undefined);
  const times = (max: number, spanDays: number) =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => NOW - Math.floor(random() * spanDays * DAY_MS));
  const leads: Array<{ lead: ScoringLead; signals: Signals }> = [];
  for (let index = 0; index < count; index++) {
    const lead: ScoringLead = {
      industry: maybe(0.85, () => pick(INDUSTRIES)),
      employees: maybe(0.75, () => Math.floor(2 + random() * 5_000)),
      annualRevenue: maybe(0.5, () => Math.floor(random() * 1e9)),
      region: maybe(0.7, () => pick(REGIONS)),
      country: undefined,
      domain: undefined,
      stage: 'lead',
      tags: random() < 0.6 ? [pick(TAGS)] : [],
      budget: maybe(0.3, () => '500k'),
      timeline: maybe(0.3, () => 'Q3'),
      painCount: 2,
      mustHavePainCount: Math.floor(random() * 2),
      competitors: [],
      contactTitle: maybe(0.8, () => 'Head of Sales'),
      contactSeniority: maybe(0.8, () => pick(SENIORITY_VALUES)),
      emailDomain: maybe(0.9, () => pick(EMAIL_DOMAINS)),
    };
    const signals: Signals = {
      visits: times(6, 90).map((at) => ({ at, seconds: Math.floor(random() * 600) })),
      emailReplies: times(2, 120),
      meetings: times(1, 180),
      lastTouchAt: maybe(0.7, () => NOW - Math.floor(random() * 120 * DAY_MS)),
    };
    leads.push({ lead, signals });
  }
  return leads;
}

// --- The same rule set for json-rules-engine: conditions map 1:1, points and caps after the run. ---

const text = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : undefined);
const anyText = (fact: unknown, matches: (value: string) => boolean) =>
  Array.isArray(fact) ? fact.some((item) => text(item) !== undefined && matches(text(item)!)) : text(fact) !== undefined && matches(text(fact)!);

function jreCondition(condition: Condition): NestedCondition {
  if ('all' in condition) return { all: condition.all.map(jreCondition) };
  if ('any' in condition) return { any: condition.any.map(jreCondition) };
  if ('not' in condition) return { not: jreCondition(condition.not) };
  const fact = condition.field;
  switch (condition.op) {
    case 'equals':
      return typeof condition.value === 'number'
        ? { fact, operator: 'equal', value: condition.value }
        : { fact, operator: 'textEquals', value: text(condition.value) };
    case 'in':
      return { fact, operator: 'textIn', value: condition.value.map(text) };
    case 'contains':
      return { fact, operator: 'textContains', value: text(condition.value) };
    case 'range':
      return {
        all: [
          { fact, operator: 'greaterThanInclusive', value: condition.value.min ?? Number.NEGATIVE_INFINITY },
          { fact, operator: 'lessThanInclusive', value: condition.value.max ?? Number.POSITIVE_INFINITY },
        ],
      };
    case 'exists':
      return { fact, operator: 'isKnown', value: SCORING_FIELDS[fact].kind };
    case 'withinDays':
      // json-rules-engine operators cannot see `now`, so the age is a fact of its own.
      return { fact: `${fact}Age`, operator: 'lessThanInclusive', value: condition.value * DAY_MS };
  }
}

function isKnown(value: unknown, kind: string): boolean {
  if (kind === 'number' || kind === 'timestamp') return typeof value === 'number' && Number.isFinite(value);
  if (kind === 'textList') return Array.isArray(value) && value.some((item) => typeof item === 'string' && item.trim() !== '');
  return typeof value === 'string' && value.trim() !== '';
}

export function jsonRulesEngineFor(ruleSet: RuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator<unknown, string>('textEquals', (fact, value) => anyText(fact, (item) => item === value));
  engine.addOperator<unknown, string[]>('textIn', (fact, values) => anyText(fact, (item) => values.includes(item)));
  engine.addOperator<unknown, string>('textContains', (fact, value) => anyText(fact, (item) => item.includes(value)));
  engine.addOperator<unknown, string>('isKnown', (fact, kind) => isKnown(fact, kind));
  for (const rule of ruleSet.rules.filter((candidate) => candidate.enabled)) {
    const conditions: TopLevelCondition = rule.when
      ? { all: [jreCondition(rule.when)] }
      : { all: [] };
    const properties: RuleProperties = {
      name: rule.id,
      conditions,
      event: { type: rule.id, params: { group: rule.group, points: rule.points, per: rule.per, maxPoints: rule.maxPoints } },
    };
    engine.addRule(properties);
  }
  return engine;
}

/** Facts for one lead: its fields, decayed signals (same decay code) and ages for withinDays. */
function factsFor(ruleSet: RuleSet, lead: ScoringLead, signals: Signals, now: number): Record<string, unknown> {
  const visits = { visits: 0, visitMinutes: 0 };
  decayVisitsInto(visits, signals.visits, Math.LN2 / (ruleSet.decay.visits.halfLifeDays * DAY_MS), now);
  return {
    ...lead,
    visits: visits.visits,
    visitMinutes: visits.visitMinutes,
    emailReplies: decayedCount(signals.emailReplies, Math.LN2 / (ruleSet.decay.emailReplies.halfLifeDays * DAY_MS), now),
    meetings: decayedCount(signals.meetings, Math.LN2 / (ruleSet.decay.meetings.halfLifeDays * DAY_MS), now),
    lastTouchAt: signals.lastTouchAt,
    lastTouchAtAge: signals.lastTouchAt === undefined ? undefined : now - signals.lastTouchAt,
  };
}

const roundTenth = (value: number) => Math.round(value * 10) / 10 || 0;

/** Points, caps, thresholds and "unscored" from the fired events, as scoreLead defines them. */
async function scoreWithJsonRulesEngine(engine: Engine, ruleSet: RuleSet, lead: ScoringLead, signals: Signals, now: number) {
  const facts = factsFor(ruleSet, lead, signals, now);
  const { events } = await engine.run(facts);
  const sums = new Map<string, number>();
  let redFlag = false;
  for (const event of events) {
    const { group, points, per, maxPoints } = event.params as { group: string; points: number; per?: FieldName; maxPoints?: number };
    let earned = points;
    if (per) {
      const raw = points * (facts[per] as number);
      earned = roundTenth(raw >= 0 ? Math.min(raw, maxPoints ?? Infinity) : Math.max(raw, -(maxPoints ?? Infinity)));
    }
    if (earned < 0) redFlag = true;
    sums.set(group, (sums.get(group) ?? 0) + earned);
  }
  let total = 0;
  for (const group of ruleSet.groups) {
    const sum = roundTenth(sums.get(group.id) ?? 0);
    total += Math.min(group.max ?? Infinity, Math.max(group.min ?? -Infinity, sum));
  }
  const score = roundTenth(total);
  const known = ruleSet.unscored.knownFields.filter((field) => isKnown(facts[field], SCORING_FIELDS[field].kind)).length;
  const grade =
    known < ruleSet.unscored.minKnownFields && !redFlag ? 'unscored' : score >= ruleSet.grades.A ? 'A' : score >= ruleSet.grades.B ? 'B' : 'C';
  return { score, grade };
}

// --- The run ---

/** Rounds of the two sides, A then B, in the same process: each round one throughput and one ratio sample. */
const ROUNDS = 7;
/** Passes over the 100k leads a round: about as long as json-rules-engine's 3k, so both see the same machine. */
const PASSES = 5;

export async function runScoringBench(log: (line: string) => void = () => {}): Promise<BenchResult[]> {
  const parsed = parseRuleSet(DEFAULT_RULE_SET);
  if (!parsed.ok) throw new Error(`default rule set is invalid: ${JSON.stringify(parsed.errors)}`);
  const ruleSet = parsed.ruleSet;
  const leads = syntheticLeads(LEADS);

  const compileStarted = performance.now();
  const compiled = compileRuleSet(ruleSet);
  const compileMs = performance.now() - compileStarted;

  const grades = { A: 0, B: 0, C: 0, unscored: 0 };
  let checksum = 0;
  for (const { lead, signals } of leads) grades[scoreLead(compiled, lead, signals, NOW).grade]++; // warm-up

  const engine = jsonRulesEngineFor(ruleSet);
  const sample = leads.slice(0, Math.max(JRE_LEADS, EQUIVALENCE_SAMPLE));
  let mismatches = 0;
  // Also json-rules-engine's warm-up.
  for (const { lead, signals } of sample.slice(0, EQUIVALENCE_SAMPLE)) {
    const theirs = await scoreWithJsonRulesEngine(engine, ruleSet, lead, signals, NOW);
    const mine = scoreLead(compiled, lead, signals, NOW);
    if (Math.abs(theirs.score - mine.score) > 1e-9 || theirs.grade !== mine.grade) mismatches++;
  }
  if (mismatches > 0) throw new Error(`${mismatches} leads scored differently: the rule sets are not equivalent`);

  // A, B, A, B…: a ratio of two sides measured minutes apart would be a ratio of two machine states.
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const oursStarted = performance.now();
    for (let pass = 0; pass < PASSES; pass++) {
      for (let index = 0; index < leads.length; index++) {
        const { lead, signals } = leads[index]!;
        checksum += scoreLead(compiled, lead, signals, NOW).score;
      }
    }
    const oursRate = (PASSES * leads.length) / ((performance.now() - oursStarted) / 1000);
    const jreStarted = performance.now();
    for (const { lead, signals } of sample.slice(0, JRE_LEADS)) await scoreWithJsonRulesEngine(engine, ruleSet, lead, signals, NOW);
    const theirRate = JRE_LEADS / ((performance.now() - jreStarted) / 1000);
    ours.push(Math.round(oursRate));
    theirs.push(Math.round(theirRate));
    ratios.push(Math.round((oursRate / theirRate) * 10) / 10);
  }

  log(`rule set: ${ruleSet.rules.length} rules, compiled in ${compileMs.toFixed(2)} ms`);
  log(`grades of ${LEADS.toLocaleString('en')} synthetic leads: ${JSON.stringify(grades)} (checksum ${checksum.toFixed(1)})`);
  log(`equivalence: ${EQUIVALENCE_SAMPLE - mismatches}/${EQUIVALENCE_SAMPLE} leads score and grade the same in both engines`);
  log(`LeadKit scoreLead, ${ROUNDS} rounds of ${PASSES} × ${LEADS.toLocaleString('en')}: ${ours.map((rate) => rate.toLocaleString('en')).join(', ')} scorings/s`);
  log(`json-rules-engine, ${JRE_LEADS.toLocaleString('en')} leads a round, alternated with them: ${theirs.map((rate) => rate.toLocaleString('en')).join(', ')} scorings/s`);
  log(`ratio a round: ${ratios.map((ratio) => `${ratio}×`).join(', ')}`);

  return [
    { name: 'scoring throughput, default rules, 1 thread', samples: ours, unit: 'scorings/s', budget: 1_000_000 },
    { name: 'scoring speed-up over json-rules-engine (rounds alternated)', samples: ratios, unit: '×', budget: 100 },
    { name: 'json-rules-engine, same rules and leads', samples: theirs, unit: 'scorings/s', budget: 0, kind: 'info' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { formatRow, judge } = await import('./budget');
  for (const result of await runScoringBench((line) => console.log(line))) console.log(formatRow(judge(result)));
}
