import { describe, expect, it } from 'vitest';
import { extractTextEmails } from '../../../lib/extract/textEmails';
import { inputFor, valuesOf } from './pageFrom';

describe('extractTextEmails', () => {
  it.each([
    ['Write to Sales@Acme.com today', 'sales@acme.com'],
    ['sales [at] acme [dot] com', 'sales@acme.com'],
    ['sales(at)acme.com', 'sales@acme.com'],
    ['sales {at} acme.co.uk', 'sales@acme.co.uk'],
    ['sales AT acme DOT com', 'sales@acme.com'],
    ['邮箱：sales＠acme.cn', 'sales@acme.cn'],
  ])('reads "%s"', (text, email) => {
    expect(valuesOf(extractTextEmails(inputFor(`<p>${text}</p>`)).candidates, 'email')).toEqual([email]);
  });

  it.each(['Visit us at acme.com', 'logo@2x.png', 'you@example.com', 'a@b'])('ignores "%s"', (text) => {
    expect(extractTextEmails(inputFor(`<p>${text}</p>`)).candidates).toEqual([]);
  });

  it('does not read scripts, styles, hidden elements or form fields', () => {
    const { candidates } = extractTextEmails(
      inputFor(`<script>var e="js@acme.com"</script><style>/* css@acme.com */</style><div hidden>hidden@acme.com</div>
        <div style="display:none">none@acme.com</div><textarea>typed@acme.com</textarea><input type="hidden" value="input@acme.com">
        <p>shown@acme.com</p>`),
    );
    expect(valuesOf(candidates, 'email')).toEqual(['shown@acme.com']);
  });

  it('trusts addresses in contact blocks more', () => {
    const { candidates } = extractTextEmails(inputFor(`<p>quote from bob@client.com</p><div class="contact-info">hello@acme.com</div>`));
    const [bob, hello] = candidates;
    expect(hello!.confidence).toBeGreaterThan(bob!.confidence);
  });
});
