import { describe, expect, it } from 'vitest';
import { companyDomainOfEmail, isPersonalMailDomain, isRoleAddress } from '../../../lib/match/personalDomains';

describe('personal mail domains', () => {
  it.each(['jane@gmail.com', 'qq.com', 'li@163.com', 'x@126.com', 'a@outlook.com', 'b@hotmail.com', 'c@yahoo.com', 'd@icloud.com', 'e@foxmail.com', 'f@sina.com', 'g@vip.163.com'])(
    '%s is personal',
    (value) => expect(isPersonalMailDomain(value)).toBe(true),
  );

  it('company domains are not, and give the registrable domain', () => {
    expect(isPersonalMailDomain('jane@northwind-logistics.com')).toBe(false);
    expect(companyDomainOfEmail('Jane@Mail.Northwind-Logistics.co.uk')).toBe('northwind-logistics.co.uk');
    expect(companyDomainOfEmail('wang@qq.com')).toBeNull();
    expect(companyDomainOfEmail('not an address')).toBeNull();
  });

  it('role addresses reach a team, not a person', () => {
    expect(isRoleAddress('sales@acme.com')).toBe(true);
    expect(isRoleAddress('info2@acme.com')).toBe(true);
    expect(isRoleAddress('jane.doe@acme.com')).toBe(false);
  });
});
