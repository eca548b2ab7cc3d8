import { afterEach, describe, expect, it } from 'vitest';
import { readGenericOpenMessage } from '../../../lib/sites/genericOpenMessage';

/**
 * The open message in webmails no adapter knows (issue #19 item 4), each page shaped after a
 * webmail's rendered message view. Frames are covered in real Chromium (tests/e2e/webmailGeneric).
 */
afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function page(html: string): Document {
  document.body.replaceChildren(new DOMParser().parseFromString(html, 'text/html').body.cloneNode(true));
  return document;
}

describe('readGenericOpenMessage', () => {
  it('a headers table (Roundcube, SquirrelMail): sender from the mailto link, signature before the quote', () => {
    const doc = page(`
      <div id="message-header"><h2 class="subject">Re: Quote for line 3</h2>
        <table class="headers-table"><tbody>
          <tr><td class="header-title">From</td><td class="header from"><span class="adr"><a href="mailto:jane.doe@northwind-logistics.com" title="jane.doe@northwind-logistics.com" class="rcmContactAddress">Jane Doe</a></span></td></tr>
          <tr><td class="header-title">To</td><td class="header to"><span class="adr"><a href="mailto:rep@leadkit-demo.com" class="rcmContactAddress">rep@leadkit-demo.com</a></span></td></tr>
          <tr><td class="header-title">Date</td><td class="header date">2026-11-30 10:12</td></tr>
        </tbody></table></div>
      <div id="messagebody"><div class="message-htmlpart"><div class="rcmBody">
        <p>Hello, thanks for the quote. Can you do better on price?</p>
        <p>Best regards,<br>Jane Doe<br>Head of Operations<br>Northwind Logistics GmbH<br>+49 40 5550 1234<br>www.northwind-logistics.com</p>
        <blockquote type="cite"><p>Best regards,<br>Rep Demo<br>+1 415 555 0100</p></blockquote>
      </div></div></div>`);
    expect(readGenericOpenMessage(doc)).toEqual({
      name: 'Jane Doe',
      email: 'jane.doe@northwind-logistics.com',
      signatureText: 'Jane Doe\nHead of Operations\nNorthwind Logistics GmbH\n+49 40 5550 1234\nwww.northwind-logistics.com',
    });
  });

  it('a Chinese message view: 发件人 with name and <address>, 时间 and 收件人 rows, the 原始邮件 rule ends it', () => {
    const doc = page(`
      <div class="readmail">
        <div class="head"><h3>回复：设备报价</h3>
          <div class="row"><span class="lbl">发件人：</span><b>王芳</b><span class="addr">&lt;wang.fang@huaxin-mfg.cn&gt;</span></div>
          <div class="row"><span class="lbl">时　间：</span>2026年11月30日 10:12</div>
          <div class="row"><span class="lbl">收件人：</span><span class="addr" e="rep@leadkit-demo.com">我</span></div>
        </div>
        <div class="body"><div>您好，报价已收到，价格偏高，能否再考虑一下？</div><div>此致</div><div>敬礼</div><div>王芳</div>
          <div>采购经理｜华信精密制造有限公司</div><div>电话：+86 512 6588 1234</div>
          <div>------------------&nbsp;原始邮件&nbsp;------------------</div><div>发件人: Rep Demo &lt;rep@leadkit-demo.com&gt;</div><div>此致</div><div>Rep Demo</div></div>
      </div>`);
    expect(readGenericOpenMessage(doc)).toEqual({
      name: '王芳',
      email: 'wang.fang@huaxin-mfg.cn',
      signatureText: '王芳\n采购经理｜华信精密制造有限公司\n电话：+86 512 6588 1234',
    });
  });

  it('never takes the From of quoted history (Outlook’s reply header in the body)', () => {
    const doc = page(`
      <div class="msg"><div class="hdr">
        <div><span>From:</span> <a href="mailto:li.wei@acme-robotics.cn">Li Wei</a></div>
        <div><span>Subject:</span> RE: demo</div></div>
        <div class="text"><p>Fine for Tuesday.</p><p>Li Wei<br>Acme Robotics</p>
          <div id="divRplyFwdMsg"><div><b>From:</b> <a href="mailto:rep@leadkit-demo.com">Rep Demo</a></div><div><b>Sent:</b> Monday</div></div></div></div>`);
    expect(readGenericOpenMessage(doc)).toMatchObject({ name: 'Li Wei', email: 'li.wei@acme-robotics.cn' });
  });

  it('null for a message list, whose From is a column heading', () => {
    const doc = page(`
      <table class="messagelist"><thead><tr><th><span>From</span></th><th>Subject</th><th>Date</th></tr></thead>
        <tbody><tr><td><span title="jane.doe@northwind-logistics.com">Jane Doe</span></td><td>Quote</td><td>Today</td></tr></tbody></table>`);
    expect(readGenericOpenMessage(doc)).toBeNull();
  });

  it('null for a company page with an address and no message header', () => {
    const doc = page(`<main><h1>Contact</h1><p>From Monday to Friday, write to sales@acme-robotics.cn</p><dl><dt>To</dt><dd>Us</dd></dl></main>`);
    expect(readGenericOpenMessage(doc)).toBeNull();
  });

  it('null when the From row has no address', () => {
    const doc = page(`<div><div><span>From</span> Jane Doe</div><div><span>Date</span> Today</div></div><p>Hi</p>`);
    expect(readGenericOpenMessage(doc)).toBeNull();
  });
});
