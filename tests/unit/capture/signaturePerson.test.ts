import { describe, expect, it } from 'vitest';
import { nameFromEmailAddress, personFromSignature } from '../../../lib/capture/signaturePerson';

describe('personFromSignature', () => {
  it('English: name line, title line, company line; detail lines ignored', () => {
    expect(personFromSignature('Jane Doe\nHead of Operations\nNorthwind Logistics GmbH\n+49 40 5550 1234\njane.doe@northwind-logistics.com')).toEqual({
      name: 'Jane Doe',
      title: 'Head of Operations',
      company: 'Northwind Logistics GmbH',
    });
  });

  it('Chinese: title and company on one line split by ｜', () => {
    expect(personFromSignature('王芳\n采购经理｜华信精密制造有限公司\n电话：+86 512 6588 1234\nwww.huaxin-mfg.cn')).toEqual({
      name: '王芳',
      title: '采购经理',
      company: '华信精密制造有限公司',
    });
  });

  it('a sign-off is not a name; the header’s name wins', () => {
    expect(personFromSignature('Kind Regards\nVP Sales, Acme Robotics Inc.')).toEqual({ title: 'VP Sales', company: 'Acme Robotics Inc.' });
    expect(personFromSignature('J. Smith\nDirector', 'John Smith')).toMatchObject({ name: 'John Smith', title: 'Director' });
  });

  it('no person in a block of contact details', () => {
    expect(personFromSignature('Tel: +1 415 555 0134\nsales@acme.com\nwww.acme.com')).toEqual({});
  });

  it('names a contact from an address when that is all there is', () => {
    expect(nameFromEmailAddress('jane.doe@acme.com')).toBe('Jane Doe');
    expect(nameFromEmailAddress('wangfang88@qq.com')).toBe('wangfang88');
  });
});
