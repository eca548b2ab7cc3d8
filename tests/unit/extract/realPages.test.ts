import { describe, expect, it } from 'vitest';
import { extractAddresses } from '../../../lib/extract/addresses';
import { extractTextPhones } from '../../../lib/extract/textPhones';
import { extractLead } from '../../../lib/extract';
import { inputFor, pageFrom, stillClock, valuesOf } from './pageFrom';

/**
 * Classes of mistakes seen on the saved real pages (tests/fixtures/real), each on fresh examples
 * written here: the real pages themselves are measured by quality.test.ts.
 */
describe('what real pages taught the extractors', () => {
  it('reads no address out of the verb "add"/"address" or an e-mail address label', () => {
    const page = `
      <div class="comments"><a href="#c">Add your comment</a> <button>Add to reading list</button></div>
      <p>Add 2 more seats to your plan.</p>
      <p>The mayor promised to address the flooding on Quay Road, she said on Tuesday.</p>
      <form><label>E-mail address: <input name="e"></label> Your email address: lena@kiln-works.co.uk</form>
      <p>Enter an email address/password to sign in</p>`;
    expect(valuesOf(extractAddresses(inputFor(page)).candidates, 'address')).toEqual([]);
  });

  it('still reads labelled addresses: with a colon, or as a label cell holding a number', () => {
    const withColon = extractAddresses(inputFor(`<footer><p>Address: 14 Tanner's Yard, Leeds LS2 7EE</p></footer>`));
    expect(valuesOf(withColon.candidates, 'address')).toContain("14 Tanner's Yard, Leeds LS2 7EE");
    const short = extractAddresses(inputFor(`<p>Add: Unit 3, Mill Lane, Derby</p><p>Addr: 9 Rue Haute, Namur</p>`));
    expect(valuesOf(short.candidates, 'address')).toEqual(['Unit 3, Mill Lane, Derby', '9 Rue Haute, Namur']);
    const cell = extractAddresses(inputFor(`<table><tr><td>Address 22 Ferry Street, Hull</td></tr></table>`));
    expect(valuesOf(cell.candidates, 'address')).toEqual(['22 Ferry Street, Hull']);
  });

  it('takes no web address or @handle for the company name', () => {
    const names = (head: string) => {
      const url = 'https://www.kilnworks.co.uk/news/glazes';
      const draft = extractLead(pageFrom(`<html><head>${head}<title>Glaze notes | Kiln Works</title></head><body><p>Text</p></body></html>`, url), url, { clock: stillClock });
      return (draft.fields.name ?? []).map((value) => value.value);
    };
    expect(names(`<meta property="og:site_name" content="www.kilnworks.co.uk">`)).not.toContain('www.kilnworks.co.uk');
    expect(names(`<meta property="og:site_name" content="https://www.kilnworks.co.uk/">`)).not.toContain('https://www.kilnworks.co.uk/');
    expect(names(`<meta property="og:site_name" content="@kilnworks">`)).not.toContain('@kilnworks');
    expect(names(`<meta property="og:site_name" content="www.kilnworks.co.uk">`)[0]).toBe('Kiln Works');
    // A brand that is written as a domain is still a name.
    expect(names(`<meta property="og:site_name" content="KilnWorks.com">`)[0]).toBe('KilnWorks.com');
  });

  it("reads no press release's conference-call dial-in number as a phone, but keeps its contacts", () => {
    const release = `<p>Conference call: U.S. Dial-In Number: +1 877 555 0190 Outside the U.S. Dial-In Number: +1 312 555 0147
      Passcode: 4471 Replay Dial-in numbers: +1 800 555 0122</p>
      <p>Contact Information Investors: Mara Quint, Harbour Lane Foods, +1 312 555 0161</p>`;
    expect(valuesOf(extractTextPhones(inputFor(release)).candidates, 'phone')).toEqual(['+13125550161']);
  });
});
