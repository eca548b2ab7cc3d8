import { describe, expect, it } from 'vitest';
import { OBJECTIONS, SCRIPT_KINDS, Script, type ScriptLocale } from '../../../lib/model';
import { DEFAULT_SCRIPTS, isKnownVariable, parseTemplate, renderScript, variablePathsIn } from '../../../lib/scripts';

const LOCALES: ScriptLocale[] = ['en', 'zh_CN'];
const CJK = /[\u4e00-\u9fff]/;

describe('DEFAULT_SCRIPTS', () => {
  it('every record parses with the Script schema unchanged', () => {
    for (const script of DEFAULT_SCRIPTS) expect(Script.parse(script)).toEqual(script);
  });

  it('ids are stable, unique and follow default-<slug>-<locale>', () => {
    const ids = DEFAULT_SCRIPTS.map((script) => script.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const script of DEFAULT_SCRIPTS) expect(script.id).toMatch(new RegExp(`^default-[a-z-]+-${script.locale}$`));
    expect(ids).toContain('default-objection-price-en');
    expect(ids).toContain('default-objection-price-zh_CN');
  });

  it('uses only known variables, and no malformed ones', () => {
    for (const script of DEFAULT_SCRIPTS) {
      for (const path of variablePathsIn(script.body)) expect(isKnownVariable(path), `${script.id}: ${path}`).toBe(true);
      const literal = parseTemplate(script.body)
        .filter((token) => token.kind === 'text')
        .map((token) => (token.kind === 'text' ? token.text : ''))
        .join('');
      expect(literal, `${script.id} has a broken {{variable}}`).not.toMatch(/\{\{|\}\}/);
    }
  });

  it.each(LOCALES)('%s covers every objection and every kind', (locale) => {
    const scripts = DEFAULT_SCRIPTS.filter((script) => script.locale === locale);
    for (const objection of OBJECTIONS) {
      expect(scripts.some((script) => script.kind === 'objection' && script.objection === objection), objection).toBe(true);
    }
    for (const kind of SCRIPT_KINDS) expect(scripts.some((script) => script.kind === kind), kind).toBe(true);
  });

  it('objection answers argue value: price difference, saving, payback, a case or third-party data', () => {
    const valueObjections = ['price_too_high', 'competitor_cheaper'];
    for (const script of DEFAULT_SCRIPTS.filter((s) => s.objection && valueObjections.includes(s.objection))) {
      const paths = variablePathsIn(script.body);
      expect(paths, script.id).toEqual(expect.arrayContaining(['value.priceDelta', 'value.saving', 'value.payback']));
    }
    for (const script of DEFAULT_SCRIPTS.filter((s) => s.kind === 'objection')) {
      const paths = variablePathsIn(script.body);
      expect(paths.some((path) => path.startsWith('case.') || path.startsWith('proof.')), script.id).toBe(true);
    }
  });

  it('every script is tagged with stages; the two locales offer the same set of answers', () => {
    for (const script of DEFAULT_SCRIPTS) expect(script.stages.length, script.id).toBeGreaterThan(0);
    const slugs = (locale: ScriptLocale) =>
      DEFAULT_SCRIPTS.filter((script) => script.locale === locale)
        .map((script) => script.id.replace(`-${locale}`, ''))
        .sort();
    expect(slugs('zh_CN')).toEqual(slugs('en'));
  });

  it('each locale is written in its language; Chinese uses 您', () => {
    for (const script of DEFAULT_SCRIPTS) {
      if (script.locale === 'zh_CN') {
        expect(script.title, script.id).toMatch(CJK);
        expect(script.body, script.id).toMatch(CJK);
      } else {
        expect(script.title + script.body, script.id).not.toMatch(CJK);
      }
    }
    const zhObjections = DEFAULT_SCRIPTS.filter((s) => s.locale === 'zh_CN' && s.kind === 'objection');
    expect(zhObjections.filter((script) => script.body.includes('您')).length).toBe(zhObjections.length);
    expect(DEFAULT_SCRIPTS.some((script) => script.locale === 'zh_CN' && script.body.includes('你'))).toBe(false);
  });

  it('renders with an empty context into marked, plain text without HTML', () => {
    for (const script of DEFAULT_SCRIPTS) {
      const rendered = renderScript(script.body, {});
      expect(rendered.text).not.toMatch(/<[a-z]/i);
      for (const path of rendered.missing) expect(rendered.text).toContain(`[${path}]`);
    }
  });
});
