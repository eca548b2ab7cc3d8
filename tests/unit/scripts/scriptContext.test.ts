import { describe, expect, it } from 'vitest';
import { firstNameOf, renderScript, scriptContextFor } from '../../../lib/scripts';

describe('scriptContextFor', () => {
  it('builds the variables from account, contact, rep and figures', () => {
    const context = scriptContextFor({
      account: { name: 'Acme Robotics', industry: 'manufacturing' },
      contact: { name: 'Dr. Jane Doe', title: 'COO' },
      rep: { name: 'Rep Demo', company: 'LeadKit Demo' },
      value: { payback: '7 months' },
      extra: { case: { customer: 'Northwind' } },
    });
    const rendered = renderScript(
      '{{contact.firstName}}|{{contact.title}}|{{account.industry}}|{{rep.company}}|{{value.payback}}|{{case.customer}}|{{value.roi}}',
      context,
    );
    expect(rendered.text).toBe('Jane|COO|manufacturing|LeadKit Demo|7 months|Northwind|[value.roi]');
  });

  it('leaves everything missing when nothing is known', () => {
    expect(renderScript('{{contact.name}} {{account.name}}', scriptContextFor({})).missing).toEqual([
      'contact.name',
      'account.name',
    ]);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['Mr. John Smith', 'John'],
    ['  Ana  ', 'Ana'],
    ['王芳', '王芳'],
    ['欧阳 娜娜', '欧阳 娜娜'],
  ])('%s → %s', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });
});
