import { describe, expect, it } from 'vitest';
import { extractChinaCompany } from '../../../lib/extract/chinaCompany';
import { isValidCreditCode } from '../../../lib/extract/creditCode';
import { inputFor, valuesOf } from './pageFrom';

describe('isValidCreditCode', () => {
  it.each(['91110000802100433B', '91440300708461136T', '91350100M000100Y43'])('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });
  it.each(['91110000802100433C', '91350100M000100Y44', '9111000080210043', 'I1110000802100433B', ''])('rejects %s', (code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });
});

describe('extractChinaCompany', () => {
  const footer = `<footer><p>Copyright © 2024 北京星云科技有限公司 版权所有 京ICP备12345678号-1</p>
    <p>统一社会信用代码：91110000802100433B</p></footer>`;

  it('reads the legal name, credit code and ICP number from a footer', () => {
    const { candidates } = extractChinaCompany(inputFor(footer, 'https://www.xingyun.cn/'));
    expect(valuesOf(candidates, 'legalName')).toEqual(['北京星云科技有限公司']);
    expect(valuesOf(candidates, 'creditCode')).toEqual(['91110000802100433B']);
    expect(valuesOf(candidates, 'icp')).toEqual(['京ICP备12345678号-1']);
  });

  it('rejects a credit code whose check digit is wrong', () => {
    const { candidates } = extractChinaCompany(inputFor(`<p>统一社会信用代码：91110000802100433C</p>`));
    expect(valuesOf(candidates, 'creditCode')).toEqual([]);
  });

  it('cuts lead-in words and ranks the footer name above names in the body', () => {
    const { candidates } = extractChinaCompany(
      inputFor(`<p>本网站由上海云帆信息技术股份有限公司运营，合作伙伴包括阿里巴巴集团</p>${footer}`, 'https://www.xingyun.cn/'),
    );
    const legal = candidates.filter((c) => c.field === 'legalName');
    expect(legal.map((c) => c.value)).toEqual(['上海云帆信息技术股份有限公司', '阿里巴巴集团', '北京星云科技有限公司']);
    const best = [...legal].sort((a, b) => b.confidence - a.confidence)[0]!;
    expect(best.value).toBe('北京星云科技有限公司');
  });

  it('reads a WeChat official account name', () => {
    const { candidates } = extractChinaCompany(inputFor(`<p>微信公众号：xingyuntech</p>`));
    expect(candidates.filter((c) => c.kind === 'wechat').map((c) => c.value)).toEqual(['xingyuntech']);
  });
});
