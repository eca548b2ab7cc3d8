import { afterEach, describe, expect, it } from 'vitest';
import { findComposeTargets } from '../../../lib/sites';
import { loadFixture } from './loadFixture';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('findComposeTargets on Gmail', () => {
  it('finds the open New Message window, not the minimised one', () => {
    const result = findComposeTargets(loadFixture('gmail-compose.html'), 'mail.google.com');
    expect(result.mode).toBe('gmail');
    expect(result.fellBack).toBe(false);
    expect(result.composes).toHaveLength(1);
    expect(result.composes[0]?.body.id).toBe(':ab');
  });

  it('reads To and Cc chips of that compose only, lower-cased', () => {
    const [compose] = findComposeTargets(loadFixture('gmail-compose.html'), 'mail.google.com').composes;
    expect(compose?.recipients()).toEqual([
      'li.wei@acme-robotics.cn',
      'procurement@acme-robotics.cn',
      'zhang.min@acme-robotics.cn',
    ]);
    expect(compose?.subject()).toBe('Proposal follow-up');
  });

  it('sees chips added after the scan', () => {
    const doc = loadFixture('gmail-compose.html');
    const [compose] = findComposeTargets(doc, 'mail.google.com').composes;
    const chip = doc.createElement('div');
    chip.setAttribute('data-hovercard-id', 'new.person@acme-robotics.cn');
    doc.querySelector('[aria-label="Cc recipients"]')?.append(chip);
    expect(compose?.recipients()).toContain('new.person@acme-robotics.cn');
  });

  it('finds the inline reply in the Chinese UI with older span[email] chips', () => {
    const result = findComposeTargets(loadFixture('gmail-thread.html'), 'mail.google.com');
    expect(result.mode).toBe('gmail');
    expect(result.composes.map((compose) => compose.body.id)).toEqual([':r1']);
    expect(result.composes[0]?.recipients()).toEqual(['wang.fang@huaxin-mfg.cn']);
  });
});

describe('findComposeTargets on Outlook', () => {
  it.each(['outlook.office.com', 'outlook.live.com', 'outlook.office365.com', 'outlook.cloud.microsoft', 'OUTLOOK.OFFICE.COM:443'])(
    'finds the compose body on %s',
    (host) => {
      const result = findComposeTargets(loadFixture('outlook-compose.html'), host);
      expect(result.mode).toBe('outlook');
      expect(result.fellBack).toBe(false);
      expect(result.composes).toHaveLength(1);
      expect(result.composes[0]?.body.getAttribute('aria-label')).toMatch(/^Message body/);
    },
  );

  it('reads pills with the address in title or aria-label, and the subject', () => {
    const [compose] = findComposeTargets(loadFixture('outlook-compose.html'), 'outlook.office.com').composes;
    expect(compose?.recipients()).toEqual([
      'li.wei@acme-robotics.cn',
      'procurement@acme-robotics.cn',
      'zhang.min@acme-robotics.cn',
    ]);
    expect(compose?.subject()).toBe('Pilot proposal');
  });
});

describe('generic mode and the fallback', () => {
  it('on any other site, takes visible, enabled, outermost textareas and contenteditables', () => {
    const result = findComposeTargets(loadFixture('generic-compose.html'), 'www.example-supply.com');
    expect(result.mode).toBe('generic');
    expect(result.fellBack).toBe(false);
    const names = result.composes.map((compose) => compose.body.getAttribute('name') ?? compose.body.id);
    expect(names).toEqual(['message', 'rich']);
  });

  it('reads addresses typed into the same form', () => {
    const result = findComposeTargets(loadFixture('generic-compose.html'), 'www.example-supply.com');
    expect(result.composes[0]?.recipients()).toEqual(['buyer@example.org', 'team@example.org']);
    expect(result.composes[1]?.recipients()).toEqual([]);
  });

  it('falls back to generic, and says so, when a webmail changed and its selectors miss', () => {
    const doc = loadFixture('gmail-compose.html');
    // Simulate a Gmail redesign: the body loses every attribute the adapter knows.
    const body = doc.getElementById(':ab');
    for (const name of ['class', 'role', 'aria-label', 'g_editable']) body?.removeAttribute(name);
    const result = findComposeTargets(doc, 'mail.google.com');
    expect(result.mode).toBe('generic');
    expect(result.fellBack).toBe(true);
    expect(result.composes.map((compose) => compose.body)).toEqual([body]);
  });

  it('reports fellBack for Outlook markup served on Gmail (nothing matches)', () => {
    const result = findComposeTargets(loadFixture('outlook-compose.html'), 'mail.google.com');
    expect(result.mode).toBe('generic');
    expect(result.fellBack).toBe(true);
    expect(result.composes.length).toBeGreaterThan(0);
  });

  it('stays in webmail mode with no targets when no compose is open at all', () => {
    const doc = loadFixture('gmail-compose.html');
    doc.querySelector('.dw')?.remove();
    expect(findComposeTargets(doc, 'mail.google.com')).toEqual({ mode: 'gmail', fellBack: false, composes: [] });
  });

  it('never throws on an empty document', () => {
    expect(findComposeTargets(document, 'mail.google.com').composes).toEqual([]);
    expect(findComposeTargets(document, '').composes).toEqual([]);
  });
});
