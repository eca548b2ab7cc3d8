import { describe, expect, it } from 'vitest';
import { leadInputFrom, seniorityFromTitle } from '../../../lib/scoring';
import { account, contact, needs } from './accountFixture';
import { NOW } from './ruleSetFixture';

describe('seniorityFromTitle', () => {
  it.each([
    ['CEO', 'c_level'],
    ['Co-founder & CTO', 'c_level'],
    ['总经理', 'c_level'],
    ['销售副总裁', 'vp'],
    ['副总经理', 'vp'],
    ['Vice President, Sales', 'vp'],
    ['Head of Procurement', 'director'],
    ['IT总监', 'director'],
    ['Sales Manager', 'manager'],
    ['采购经理', 'manager'],
    ['Assistant to the CEO', 'staff'],
    ['Engineer', 'staff'],
    ['MBA Student', 'student'],
    ['市场部实习生', 'student'],
  ] as const)('%s → %s', (title, seniority) => {
    expect(seniorityFromTitle(title)).toBe(seniority);
  });

  it('knows nothing from no title', () => {
    expect(seniorityFromTitle(undefined)).toBeUndefined();
    expect(seniorityFromTitle('  ')).toBeUndefined();
  });
});

describe('leadInputFrom', () => {
  it('reads the account, its needs record and its most senior contact', () => {
    const lead = leadInputFrom(
      account({
        industry: ' Software ',
        employees: 300,
        annualRevenue: 2e7,
        address: { region: '上海', country: 'China' },
        tags: ['crm'],
        emails: ['info@acme.com'],
        needs: needs({
          budget: '500k',
          timeline: ' ',
          pains: [
            { id: 'p1', description: 'Leads get lost', kind: 'rigid', priority: 'must' },
            { id: 'p2', description: 'Reports', kind: 'value_added', priority: 'can_wait' },
          ],
          competitors: ['Globex'],
        }),
      }),
      [
        contact({ name: 'Ann', title: 'Sales Manager', email: 'ann@gmail.com', createdAt: NOW - 10 }),
        contact({ name: 'Bo', title: 'VP Sales', email: 'bo@acme.com', createdAt: NOW }),
      ],
    );
    expect(lead).toEqual({
      industry: 'Software',
      employees: 300,
      annualRevenue: 2e7,
      region: '上海',
      country: 'China',
      domain: 'acme.com',
      stage: 'lead',
      tags: ['crm'],
      budget: '500k',
      timeline: undefined,
      painCount: 2,
      mustHavePainCount: 1,
      competitors: ['Globex'],
      contactTitle: 'VP Sales',
      contactSeniority: 'vp',
      emailDomain: 'acme.com',
    });
  });

  it('picks the earliest of equally senior contacts, and falls back to the account email', () => {
    const lead = leadInputFrom(account({ emails: ['info@acme.cn'] }), [
      contact({ name: 'Late', title: 'Engineer', createdAt: NOW + 5 }),
      contact({ name: 'Early', title: 'Developer', createdAt: NOW }),
    ]);
    expect(lead.contactTitle).toBe('Developer');
    expect(lead.emailDomain).toBe('acme.cn');
  });

  it('leaves unknowns undefined when there is no contact or needs record', () => {
    const lead = leadInputFrom(account(), []);
    expect(lead.contactSeniority).toBeUndefined();
    expect(lead.painCount).toBeUndefined();
    expect(lead.budget).toBeUndefined();
    expect(lead.emailDomain).toBeUndefined();
  });
});
