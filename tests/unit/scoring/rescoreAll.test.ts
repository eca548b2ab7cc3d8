import { describe, expect, it } from 'vitest';
import type { Account } from '../../../lib/model';
import { DEFAULT_RULE_SET, rescoreAll, type RescoreInput } from '../../../lib/scoring';
import { account, contact } from './accountFixture';
import { compiled, NOW } from './ruleSetFixture';

const rules = compiled(DEFAULT_RULE_SET);
const quiet = { visits: [], emailReplies: [], meetings: [] };

describe('rescoreAll', () => {
  it('scores every lead; a broken record is unscored and the rest carry on', () => {
    const good = account({ id: 'good', industry: 'Software', employees: 200 });
    const leads: RescoreInput[] = [
      { account: good, contacts: [contact({ title: 'CEO' })], signals: quiet },
      { account: null as unknown as Account, contacts: [] },
      { account: { ...good, id: 'typo', employees: 'many' } as unknown as Account, contacts: [] },
      { account: good, contacts: [null] as never, signals: quiet },
      { account: { ...good, id: 'ok2' }, contacts: 'none' as never, signals: 'none' as never },
      { account: { ...good, id: 'last' }, contacts: [], signals: quiet },
    ];
    const outcomes = rescoreAll(rules, leads, NOW);
    expect(outcomes.map((outcome) => [outcome.accountId, outcome.score.grade, outcome.score.reasons.at(-1)?.ruleId ?? null])).toEqual([
      ['good', 'B', expect.any(String)],
      [undefined, 'unscored', 'lead:unreadable'],
      ['typo', 'unscored', 'lead:badField'],
      ['good', 'unscored', 'lead:unreadable'],
      ['ok2', 'unscored', 'lead:badSignals'],
      ['last', expect.stringMatching(/^[ABC]$/), expect.any(String)],
    ]);
  });

  it('takes any iterable, such as a generator over a cursor batch', () => {
    function* batch() {
      for (let index = 0; index < 3; index++) yield { account: account({ id: `g${index}` }), contacts: [], signals: quiet };
    }
    expect(rescoreAll(rules, batch(), NOW).map((outcome) => outcome.accountId)).toEqual(['g0', 'g1', 'g2']);
  });
});
