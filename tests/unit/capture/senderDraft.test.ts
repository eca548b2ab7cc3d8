import { afterEach, describe, expect, it } from 'vitest';
import { readOpenMessageSender } from '../../../lib/sites';
import { leadDraftFromSender } from '../../../lib/capture/senderDraft';
import { extractInPage } from '../../../lib/capture/extractInPage';
import { formValuesFromDraft, parseCaptureForm } from '../../../lib/capture';
import { LeadDraft } from '../../../lib/model';
import { loadFixture } from '../sites/loadFixture';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** happy-dom's own API: the page's location, as the content script would see it. */
const setPageUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const best = (draft: LeadDraft, field: keyof LeadDraft['fields']) => draft.fields[field]?.[0]?.value;

function senderDraftOf(fixture: string, host: string, url: string): LeadDraft {
  const doc = loadFixture(fixture);
  const sender = readOpenMessageSender(doc, host);
  if ('error' in sender) throw new Error('fixture has no sender');
  return LeadDraft.parse(leadDraftFromSender(sender, doc, url, 5));
}

describe('webmail sender → lead draft', () => {
  it('Gmail (Chinese signature): person, title, phone and company from the signature, domain from the address', () => {
    const draft = senderDraftOf('gmail-thread.html', 'mail.google.com', 'https://mail.google.com/mail/u/0/#inbox/123');
    expect(best(draft, 'personName')).toBe('王芳');
    expect(best(draft, 'email')).toBe('wang.fang@huaxin-mfg.cn');
    expect(best(draft, 'title')).toBe('采购经理');
    expect(best(draft, 'name')).toBe('华信精密制造有限公司');
    expect(best(draft, 'domain')).toBe('huaxin-mfg.cn');
    expect(best(draft, 'phone')?.replace(/\D/g, '')).toBe('8651265881234');
    expect(draft.fields.domain?.some((value) => value.value === 'google.com')).toBe(false);
    const values = formValuesFromDraft(draft);
    expect(values).toMatchObject({ name: '华信精密制造有限公司', personName: '王芳', title: '采购经理', domain: 'huaxin-mfg.cn' });
    expect(parseCaptureForm(values).ok).toBe(true);
  });

  it('Outlook (English signature)', () => {
    const draft = senderDraftOf('outlook-message.html', 'outlook.office.com', 'https://outlook.office.com/mail/inbox/id/1');
    expect(best(draft, 'personName')).toBe('Jane Doe');
    expect(best(draft, 'title')).toBe('Head of Operations');
    expect(best(draft, 'name')).toBe('Northwind Logistics GmbH');
    expect(best(draft, 'domain')).toBe('northwind-logistics.com');
    expect(best(draft, 'phone')?.replace(/\D/g, '')).toBe('494055501234');
  });

  it('a free-mail sender gets no domain, and the form refuses gmail.com as a company domain', () => {
    const doc = loadFixture('outlook-message.html');
    const sender = readOpenMessageSender(doc, 'outlook.office.com');
    if ('error' in sender) throw new Error('fixture has no sender');
    const draft = leadDraftFromSender({ ...sender, email: 'jane.doe@gmail.com' }, doc, 'https://outlook.office.com/mail/', 5);
    expect(draft.fields.domain).toBeUndefined();
    expect(best(draft, 'email')).toBe('jane.doe@gmail.com');
    const values = { ...formValuesFromDraft(draft), domain: 'gmail.com' };
    expect(parseCaptureForm(values)).toMatchObject({ ok: false, errors: { domain: 'captureErrorPersonalDomain' } });
  });

  it('a free-mail sender whose signature names the company’s website gets that domain (#19)', () => {
    const doc = loadFixture('gmail-thread.html');
    const sender = readOpenMessageSender(doc, 'mail.google.com');
    if ('error' in sender) throw new Error('fixture has no sender');
    const draft = LeadDraft.parse(leadDraftFromSender({ ...sender, email: 'wangfang1988@qq.com' }, doc, 'https://mail.google.com/mail/u/0/', 5));
    expect(best(draft, 'domain')).toBe('huaxin-mfg.cn');
    expect(best(draft, 'website')).toBe('https://www.huaxin-mfg.cn');
    expect(best(draft, 'email')).toBe('wangfang1988@qq.com');
  });

  it('page capture of a webmail no adapter knows reads the open message, not the webmail (#19)', () => {
    document.title = 'Example Webmail :: Re: Quote';
    const icon = Object.assign(document.createElement('link'), { rel: 'icon', href: '/skins/elastic/images/favicon.ico' });
    document.head.append(icon);
    document.body.replaceChildren(
      new DOMParser().parseFromString(
        `<nav><a href="mailto:support@example-webmail.com">Support</a> rep@leadkit-demo.com</nav>
         <div class="header"><div><span>From</span> <a href="mailto:jane.doe@gmail.com">Jane Doe</a></div><div><span>Date</span> Today</div></div>
         <div class="body"><p>Can you do better on price?</p><p>Best regards,<br>Jane Doe<br>Head of Operations<br>Northwind Logistics GmbH<br>www.northwind-logistics.com</p></div>`,
        'text/html',
      ).body,
    );
    setPageUrl('https://mail.example-webmail.com/?_task=mail&_uid=7');
    const draft = LeadDraft.parse(extractInPage('page'));
    expect(best(draft, 'email')).toBe('jane.doe@gmail.com');
    expect(best(draft, 'personName')).toBe('Jane Doe');
    expect(best(draft, 'name')).toBe('Northwind Logistics GmbH');
    expect(best(draft, 'domain')).toBe('northwind-logistics.com');
    const everything = JSON.stringify(draft.fields);
    expect(everything).not.toMatch(/example-webmail|leadkit-demo|favicon|Example Webmail/);
  });

  it('sender mode tries the Gmail and Outlook selectors whatever the host', () => {
    loadFixture('gmail-thread.html');
    setPageUrl('http://mailbox.test/thread');
    const draft = LeadDraft.parse(extractInPage('sender'));
    expect(best(draft, 'personName')).toBe('王芳');
    loadFixture('outlook-message.html');
    expect(best(LeadDraft.parse(extractInPage('sender')), 'email')).toBe('jane.doe@northwind-logistics.com');
  });

  it('says so when no message is open', () => {
    loadFixture('gmail-compose.html');
    setPageUrl('https://mail.google.com/mail/u/0/#inbox');
    expect(extractInPage('sender')).toEqual({ error: 'noMessage' });
  });
});
