import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate, renderScript, variablePathsIn } from '../../../lib/scripts';

const context = {
  contact: { firstName: 'Li', name: 'Li Wei', title: '' },
  account: { name: 'Acme Robotics' },
  rep: { name: 'Rep Demo' },
  value: { roi: '210%', saving: '¥400,000 a year', payback: 7 },
};

describe('renderScript', () => {
  it('fills known variables and keeps the text around them', () => {
    const rendered = renderScript('Hi {{contact.firstName}}, {{account.name}} pays back in {{value.payback}} months.', context);
    expect(rendered.text).toBe('Hi Li, Acme Robotics pays back in 7 months.');
    expect(rendered.missing).toEqual([]);
    expect(rendered.segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', path: 'contact.firstName', value: 'Li' },
      { kind: 'text', text: ', ' },
      { kind: 'variable', path: 'account.name', value: 'Acme Robotics' },
      { kind: 'text', text: ' pays back in ' },
      { kind: 'variable', path: 'value.payback', value: '7' },
      { kind: 'text', text: ' months.' },
    ]);
  });

  it('allows spaces inside the braces', () => {
    expect(renderScript('{{ rep.name }}', context).text).toBe('Rep Demo');
  });

  it('marks a variable without a value visibly and lists it once', () => {
    const rendered = renderScript('{{case.customer}} and {{case.customer}}; {{contact.title}}', context);
    expect(rendered.text).toBe('[case.customer] and [case.customer]; [contact.title]');
    expect(rendered.missing).toEqual(['case.customer', 'contact.title']);
    expect(rendered.segments[0]).toEqual({ kind: 'variable', path: 'case.customer', value: null });
  });

  it('treats empty or blank strings, objects, NaN and unknown paths as missing', () => {
    const rendered = renderScript('{{a.blank}}|{{a.obj}}|{{a.nan}}|{{nope.x}}|{{contact}}', {
      a: { blank: '   ', obj: { x: 'y' }, nan: Number.NaN },
      contact: { name: 'x' },
    });
    expect(rendered.missing).toEqual(['a.blank', 'a.obj', 'a.nan', 'nope.x', 'contact']);
  });

  it('never reads inherited properties', () => {
    const rendered = renderScript('{{contact.constructor}} {{contact.__proto__}} {{toString}}', context);
    expect(rendered.missing).toEqual(['contact.constructor', 'contact.__proto__', 'toString']);
  });

  it.each([
    ['unclosed', 'Hi {{ contact.firstName'],
    ['empty', 'Hi {{}}'],
    ['blank', 'Hi {{   }}'],
    ['double dot', 'Hi {{contact..name}}'],
    ['leading dot', 'Hi {{.name}}'],
    ['nested', 'Hi {{contact.{{account.name}}}}'],
    ['nested inside', 'Hi {{a{{account.name}}}}'],
    ['triple braces', 'Hi {{{account.name}}}'],
    ['filter', 'Hi {{account.name | upper}}'],
    ['digit first', 'Hi {{1st.name}}'],
    ['single braces', 'Hi {account.name}'],
  ])('leaves a malformed variable as literal text (%s)', (_case, body) => {
    const rendered = renderScript(body, context);
    expect(rendered.text).toBe(body);
    expect(rendered.missing).toEqual([]);
    expect(rendered.segments).toEqual([{ kind: 'text', text: body }]);
  });

  it('still fills a good variable after a malformed one', () => {
    expect(renderScript('{{ oops and {{account.name}}', context).text).toBe('{{ oops and Acme Robotics');
  });

  it('keeps HTML in a script as literal text', () => {
    const body = '<b>Hi</b> {{contact.firstName}}<script>alert(1)</script>';
    expect(renderScript(body, context).text).toBe('<b>Hi</b> Li<script>alert(1)</script>');
  });

  it('does not expand variables found inside values', () => {
    const rendered = renderScript('{{account.name}}', { account: { name: '{{rep.name}} <i>x</i>' }, rep: { name: 'no' } });
    expect(rendered.text).toBe('{{rep.name}} <i>x</i>');
  });

  it('never throws and round-trips text without variables (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (body) => {
        const rendered = renderScript(body, context);
        expect(typeof rendered.text).toBe('string');
        if (!body.includes('{{')) expect(rendered.text).toBe(body);
      }),
    );
  });

  it('segments always join back into the text (property)', () => {
    const pieces = fc.constantFrom('{{', '}}', '{', '}', 'contact.firstName', 'x', ' ', '.', 'account.name', '中文');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const rendered = renderScript(parts.join(''), context);
        const joined = rendered.segments
          .map((segment) => (segment.kind === 'text' ? segment.text : (segment.value ?? `[${segment.path}]`)))
          .join('');
        expect(joined).toBe(rendered.text);
      }),
    );
  });
});

describe('parseTemplate and variablePathsIn', () => {
  it('keeps the raw form of each variable', () => {
    expect(parseTemplate('a{{ x.y }}b')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'variable', path: 'x.y', raw: '{{ x.y }}' },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('lists distinct paths in first-use order', () => {
    expect(variablePathsIn('{{b.c}} {{a.b}} {{b.c}} {{bad..x}}')).toEqual(['b.c', 'a.b']);
  });
});
