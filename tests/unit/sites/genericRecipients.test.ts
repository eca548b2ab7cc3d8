import { afterEach, describe, expect, it } from 'vitest';
import { findComposeTargets } from '../../../lib/sites';

/**
 * Recipients on webmails no adapter knows (issue #19 item 3). Each page below is shaped after a
 * webmail's rendered compose screen: labelled rows, chip lists, aria-labels, hidden fields.
 */
afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function page(html: string): Document {
  // Test-only markup, parsed the way a page's own HTML would be.
  document.body.replaceChildren(new DOMParser().parseFromString(html, 'text/html').body.cloneNode(true));
  for (const element of document.querySelectorAll<HTMLElement>('[contenteditable], textarea')) {
    element.getBoundingClientRect = () => new DOMRect(0, 0, 400, 200);
  }
  return document;
}

const recipientsOf = (doc: Document, index = 0): string[] | undefined =>
  findComposeTargets(doc, 'mail.example-webmail.com').composes[index]?.recipients();

describe('generic recipients (issue #19)', () => {
  it('reads chips in a row labelled 收件人 and 抄送, outside any form', () => {
    const doc = page(`
      <div role="dialog" class="compose">
        <div class="row"><span class="label">收件人：</span><div class="chips">
          <span class="chip" title="王芳 &lt;wang.fang@huaxin-mfg.cn&gt;">王芳</span></div></div>
        <div class="row"><span class="label">抄送</span><div class="chips"><span class="chip" data-email="li.wei@huaxin-mfg.cn">李伟</span></div></div>
        <div class="row"><span class="label">主题</span><input value="报价"></div>
        <div class="editor" contenteditable="true">您好</div>
      </div>`);
    expect(recipientsOf(doc)).toEqual(['wang.fang@huaxin-mfg.cn', 'li.wei@huaxin-mfg.cn']);
  });

  it('reads a field or chip list by its aria-label (To recipients, 收件人)', () => {
    const doc = page(`
      <section>
        <div role="list" aria-label="To recipients"><div role="listitem" aria-label="Li Wei li.wei@acme-robotics.cn">Li Wei</div></div>
        <input aria-label="收件人" value="zhang.min@acme-robotics.cn">
        <div contenteditable="true" aria-label="Message body">Dear Li,</div>
      </section>`);
    expect(recipientsOf(doc)).toEqual(['li.wei@acme-robotics.cn', 'zhang.min@acme-robotics.cn']);
  });

  it('reads a field named by its <label for> and addresses in a labelled cell’s text', () => {
    const doc = page(`
      <table class="compose-headers">
        <tr><td><label for="rcpt">To:</label></td><td><input id="rcpt" value="Li Wei &lt;li.wei@acme-robotics.cn&gt;"></td></tr>
        <tr><td>Cc:</td><td>procurement@acme-robotics.cn; zhang.min@acme-robotics.cn</td></tr>
        <tr><td colspan="2"><div contenteditable="true">Dear Li,</div></td></tr>
      </table>`);
    expect(recipientsOf(doc)).toEqual(['li.wei@acme-robotics.cn', 'procurement@acme-robotics.cn', 'zhang.min@acme-robotics.cn']);
  });

  it('reads Roundcube-style chips kept in attributes of a named list, in a form', () => {
    const doc = page(`
      <form name="form">
        <div class="form-group row"><label for="_to" class="col-form-label">To</label>
          <ul class="recipient-input"><li class="recipient"><span class="name">Li Wei</span><span class="email">li.wei@acme-robotics.cn</span></li></ul>
          <input id="_to" aria-label="To" value="">
        </div>
        <textarea name="_message">Hello</textarea>
      </form>`);
    expect(recipientsOf(doc)).toEqual(['li.wei@acme-robotics.cn']);
  });

  it('never reads the letter itself, nor a signup box elsewhere on the page', () => {
    const doc = page(`
      <aside><label>To</label><input type="text" value="newsletter@vendor.example.com"></aside>
      <div class="compose">
        <div class="row"><span>To</span><span title="li.wei@acme-robotics.cn">Li Wei</span></div>
        <div contenteditable="true">Please also write to boss@acme-robotics.cn.</div>
      </div>`);
    expect(recipientsOf(doc)).toEqual(['li.wei@acme-robotics.cn']);
  });

  it('finds nothing where nothing is labelled a recipient', () => {
    const doc = page(`<div><div><span>Notes</span><div contenteditable="true">Call sales@acme-robotics.cn</div></div></div>`);
    expect(recipientsOf(doc)).toEqual([]);
  });

  it('stops at twenty recipients however many the row holds', () => {
    const chips = Array.from({ length: 500 }, (_, index) => `<span title="p${index}@acme-robotics.cn">P${index}</span>`).join('');
    const doc = page(`<div><div><span>Cc</span><div>${chips}</div></div><div contenteditable="true">Hi</div></div>`);
    expect(recipientsOf(doc)).toHaveLength(20);
  });
});
