import { describe, expect, it } from 'vitest';
import { compareCompanyNames, companyNameKey, normaliseCompanyName } from '../../../lib/match/companyName';

describe('normaliseCompanyName', () => {
  it.each([
    ['Acme Robotics, Inc.', 'acme robotics'],
    ['ACME ROBOTICS LLC', 'acme robotics'],
    ['The Acme Robotics Company', 'acme robotics'],
    ['Northwind Logistics GmbH & Co. KG', 'northwind logistics'],
    ['Globex Co., Ltd.', 'globex'],
    ['Initech S.A.', 'initech'],
    ['Umbrella Holdings PLC', 'umbrella'],
    ['Wayne Enterprises Pty Ltd', 'wayne enterprises'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['ＡＣＭＥ　Ｒｏｂｏｔｉｃｓ　Ｌｔｄ．', 'acme robotics'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseCompanyName(raw)).toBe(expected);
  });

  it.each([
    ['华信精密制造有限公司', '华信精密制造'],
    ['华信精密制造（苏州）有限公司', '华信精密制造'],
    ['北京环球智造科技股份有限公司', '环球智造科技'],
    ['环球智造科技有限责任公司', '环球智造科技'],
    ['华为技术有限公司北京分公司', '华为技术'],
    ['阿里巴巴集团控股有限公司', '阿里巴巴'],
    ['深圳市腾讯计算机系统有限公司', '腾讯计算机系统'],
  ])('Chinese: %s → %s (legal form, group words and registered place stripped; 科技/技术 kept)', (raw, expected) => {
    expect(normaliseCompanyName(raw)).toBe(expected);
  });

  it('keeps the words of a name that is nothing but a legal form', () => {
    expect(normaliseCompanyName('Limited')).toBe('limited');
    expect(normaliseCompanyName('有限公司')).toBe('有限公司');
  });

  it('the key ignores spaces and hyphens', () => {
    expect(companyNameKey('Acme-Robotics Ltd')).toBe(companyNameKey('AcmeRobotics'));
  });
});

describe('compareCompanyNames', () => {
  it('exact after normalisation', () => {
    expect(compareCompanyNames('Acme Robotics Inc.', 'ACME ROBOTICS')).toBe('exact');
    expect(compareCompanyNames('华信精密制造有限公司', '华信精密制造（苏州）有限公司')).toBe('exact');
  });

  it('close when one extends the other by whole words, or one typo apart', () => {
    expect(compareCompanyNames('Acme', 'Acme Technologies')).toBe('close');
    expect(compareCompanyNames('华信精密', '华信精密制造有限公司')).toBe('close');
    expect(compareCompanyNames('Northwind Logistics', 'Northwind Logistic')).toBe('close');
  });

  it('different companies and too-short names do not match', () => {
    expect(compareCompanyNames('Acme', 'Acmeco')).toBeNull();
    expect(compareCompanyNames('华信科技', '华信贸易')).toBeNull();
    expect(compareCompanyNames('IBM', 'IBM Research')).toBeNull();
    expect(compareCompanyNames('', 'Acme')).toBeNull();
  });
});
