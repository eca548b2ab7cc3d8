import { afterEach, describe, expect, it } from 'vitest';
import { readOpenMessageSender } from '../../../lib/sites';
import { loadFixture } from './loadFixture';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('readOpenMessageSender', () => {
  it('Gmail: the last expanded message, its sender and unmarked signature, not the quote', () => {
    const result = readOpenMessageSender(loadFixture('gmail-thread.html'), 'mail.google.com');
    expect(result).toEqual({
      name: '王芳',
      email: 'wang.fang@huaxin-mfg.cn',
      signatureText: '王芳\n采购经理｜华信精密制造有限公司\n电话：+86 512 6588 1234\nwww.huaxin-mfg.cn',
    });
  });

  it('Gmail: a signature marked gmail_signature is taken as is', () => {
    const doc = loadFixture('gmail-thread.html');
    const bodies = doc.querySelectorAll('div.a3s');
    const lastBody = bodies[bodies.length - 1];
    const signature = doc.createElement('div');
    signature.className = 'gmail_signature';
    signature.append('Wang Fang', doc.createElement('br'), 'Huaxin Precision');
    lastBody?.prepend(signature);
    const result = readOpenMessageSender(doc, 'mail.google.com');
    expect(result).toMatchObject({ email: 'wang.fang@huaxin-mfg.cn', signatureText: 'Wang Fang\nHuaxin Precision' });
  });

  it('Outlook: sender persona, own signature, ignoring the x_Signature in quoted history', () => {
    const result = readOpenMessageSender(loadFixture('outlook-message.html'), 'outlook.office.com');
    expect(result).toEqual({
      name: 'Jane Doe',
      email: 'jane.doe@northwind-logistics.com',
      signatureText:
        'Jane Doe\nHead of Operations\nNorthwind Logistics GmbH\n+49 40 5550 1234\njane.doe@northwind-logistics.com',
    });
  });

  it('Outlook: a marked Signature before the quote wins over the heuristic', () => {
    const doc = loadFixture('outlook-message.html');
    const own = doc.createElement('div');
    own.id = 'x_Signature';
    own.textContent = 'J. Doe, Northwind';
    doc.querySelector('[role="document"] p')?.after(own);
    expect(readOpenMessageSender(doc, 'outlook.live.com')).toMatchObject({ signatureText: 'J. Doe, Northwind' });
  });

  it('Outlook Chinese UI: "发件人" label', () => {
    const doc = loadFixture('outlook-message.html');
    const persona = doc.querySelector('[aria-label^="From:"]');
    persona?.setAttribute('aria-label', '发件人: Jane Doe');
    expect(readOpenMessageSender(doc, 'outlook.office.com')).toMatchObject({ name: 'Jane Doe', email: 'jane.doe@northwind-logistics.com' });
  });

  it('notFound when no message is open, the selectors miss, or the site is not a webmail', () => {
    expect(readOpenMessageSender(loadFixture('gmail-compose.html'), 'mail.google.com')).toEqual({ error: 'notFound' });
    expect(readOpenMessageSender(loadFixture('gmail-thread.html'), 'outlook.office.com')).toEqual({ error: 'notFound' });
    expect(readOpenMessageSender(loadFixture('gmail-thread.html'), 'example.com')).toEqual({ error: 'notFound' });
  });
});
