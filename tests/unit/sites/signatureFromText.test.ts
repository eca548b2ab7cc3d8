import { describe, expect, it } from 'vitest';
import { emailAddressesIn } from '../../../lib/sites/emailAddresses';
import { readableTextOf } from '../../../lib/sites/elementText';
import { signatureFromText } from '../../../lib/sites/signatureFromText';

describe('signatureFromText', () => {
  it('takes the lines after the last sign-off', () => {
    expect(signatureFromText('Hi,\n\nSee below.\n\nKind regards,\nAna Silva\nCFO, Lusa Foods\n+351 21 000 0000')).toBe(
      'Ana Silva\nCFO, Lusa Foods\n+351 21 000 0000',
    );
    expect(signatureFromText('您好，\n收到。\n\n顺祝商祺！\n李伟\n采购总监')).toBe('李伟\n采购总监');
    expect(signatureFromText('Text\n-- \nBob\nbob@example.com')).toBe('Bob\nbob@example.com');
  });

  it('keeps at most eight lines', () => {
    const long = ['Thanks,', ...Array.from({ length: 20 }, (_, i) => `line ${i}`)].join('\n');
    expect(signatureFromText(long).split('\n')).toHaveLength(8);
  });

  it('without a sign-off, takes a short last paragraph only if it has contact details', () => {
    expect(signatureFromText('Body text.\n\nJane Doe\n+49 40 5550 1234')).toBe('Jane Doe\n+49 40 5550 1234');
    expect(signatureFromText('Body text.\n\nSee you soon')).toBe('');
    expect(signatureFromText('')).toBe('');
  });
});

describe('emailAddressesIn', () => {
  it('finds addresses in labels and lower-cases them', () => {
    expect(emailAddressesIn('Zhang Min <Zhang.Min@Acme-Robotics.cn>, x@y.io')).toEqual(['zhang.min@acme-robotics.cn', 'x@y.io']);
    expect(emailAddressesIn('no address')).toEqual([]);
    expect(emailAddressesIn(null)).toEqual([]);
  });
});

describe('readableTextOf', () => {
  it('breaks lines at blocks and <br>, skips scripts, stops where asked', () => {
    const root = document.createElement('div');
    const first = document.createElement('p');
    first.append('One', document.createElement('br'), 'Two');
    const script = document.createElement('script');
    script.textContent = 'alert(1)';
    const stop = document.createElement('blockquote');
    stop.textContent = 'quoted';
    root.append(first, script, 'Three', stop, 'after');
    expect(readableTextOf(root)).toBe('One\nTwo\nThree\nquoted\nafter');
    expect(readableTextOf(root, (element) => element === stop)).toBe('One\nTwo\nThree');
  });
});
