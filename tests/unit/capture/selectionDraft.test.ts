import { describe, expect, it } from 'vitest';
import { refineSelectionDraft } from '../../../lib/capture/selectionDraft';
import { extractLead } from '../../../lib/extract';
import type { LeadDraft } from '../../../lib/model';

const best = (draft: LeadDraft, field: keyof LeadDraft['fields']) => draft.fields[field]?.[0]?.value;

function selectionDraft(html: string, url: string): LeadDraft {
  document.body.replaceChildren();
  const host = document.createElement('div');
  for (const line of html.split('\n')) host.append(document.createTextNode(line), document.createElement('br'));
  document.body.append(host, Object.assign(document.createElement('footer'), { textContent: 'Blog Corp · press@blog.example · +1 212 555 0100' }));
  const range = document.createRange();
  range.selectNodeContents(host);
  const fragment = range.cloneContents();
  // Chromium's Selection.toString() keeps <br> as line breaks; happy-dom's textContent does not.
  return refineSelectionDraft(extractLead(document, url, { root: fragment }), html);
}

describe('selection capture', () => {
  it('a signature on someone else’s page: domain from the email, the person mapped, the footer ignored', () => {
    const draft = selectionDraft('Maria Lopez\nHead of Operations\nNorthwind Logistics GmbH\n+49 40 5550 1234\nmaria.lopez@northwind-logistics.com', 'https://blog.example/post');
    expect(best(draft, 'domain')).toBe('northwind-logistics.com');
    expect(best(draft, 'website')).toBe('https://northwind-logistics.com');
    expect(best(draft, 'personName')).toBe('Maria Lopez');
    expect(best(draft, 'title')).toBe('Head of Operations');
    expect(best(draft, 'name')).toBe('Northwind Logistics GmbH');
    expect(best(draft, 'email')).toBe('maria.lopez@northwind-logistics.com');
    expect(JSON.stringify(draft.fields)).not.toMatch(/press@blog|212/);
  });

  it('a free-mail address keeps the page’s domain', () => {
    const draft = selectionDraft('Li Wei\nSales Manager\nliwei@163.com', 'https://www.globex.cn/about');
    expect(best(draft, 'domain')).toBe('globex.cn');
    expect(best(draft, 'personName')).toBe('Li Wei');
  });

  it('a signature selected in a webmail: the website it names is the domain, not the webmail’s host (#19)', () => {
    const draft = selectionDraft('王芳\n采购经理｜华信精密制造有限公司\n电话：+86 512 6588 1234\nwww.huaxin-mfg.cn', 'https://mail.example-webmail.com/?_task=mail&_uid=12');
    expect(best(draft, 'domain')).toBe('huaxin-mfg.cn');
    expect(best(draft, 'website')).toBe('https://www.huaxin-mfg.cn');
    expect(best(draft, 'personName')).toBe('王芳');
  });

  it('a social profile or a mail provider in the selection is not the company’s website', () => {
    const draft = selectionDraft('Li Wei\nhttps://www.linkedin.com/in/liwei\nwww.163.com', 'https://www.globex.cn/about');
    expect(best(draft, 'domain')).toBe('globex.cn');
  });
});
