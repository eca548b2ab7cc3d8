import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv, sniffDelimiter } from '../../../lib/csv/csvParser';
import { csvCell, csvParts, type CsvSeparator, needsFormulaGuard, UTF8_BOM, withoutFormulaGuard } from '../../../lib/csv/csvWriter';
import { decodeCsvBytes } from '../../../lib/csv/decodeCsvBytes';

const TRICKY = [
  ['华信精密制造（苏州）有限公司', 'Acme, Inc.', 'He said "hi"'],
  ['第一行\n第二行', 'line1\r\nline2', ''],
  ['=cmd|\' /C calc\'!A0', '+86 10 6234 5678', '@SUM(A1)'],
  ['-5', '\tTabbed', 'plain'],
];

describe('CSV writing', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const file = csvParts(['a', 'b'], [['x,y', 'say "no"'], ['multi\nline', 3]]).join('');
    expect(file).toBe(`${UTF8_BOM}a,b\r\n"x,y","say ""no"""\r\n"multi\nline",3\r\n`);
  });

  it('neutralises formulas: = + - @ TAB CR get a leading apostrophe; our numbers stay numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 10 1234')).toBe("'+86 10 1234");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@A1')).toBe("'@A1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('a=b')).toBe('a=b');
    expect(withoutFormulaGuard("'=1+1")).toBe('=1+1');
    expect(withoutFormulaGuard("'tis")).toBe("'tis");
  });

  it('neutralises a formula behind white space, zero-width characters or full-width signs (#22)', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\u00A0=1+1')).toBe("'\u00A0=1+1");
    expect(csvCell('\u3000@SUM(A1)')).toBe("'\u3000@SUM(A1)");
    expect(csvCell('\u200B=1+1')).toBe("'\u200B=1+1");
    expect(csvCell('\u2060\uFEFF\u200D+1')).toBe("'\u2060\uFEFF\u200D+1");
    expect(csvCell('\u202E-1')).toBe("'\u202E-1");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('﹦1+1')).toBe("'﹦1+1");
    expect(csvCell('＋86 10')).toBe("'＋86 10");
    expect(csvCell('＠SUM(A1)')).toBe("'＠SUM(A1)");
    expect(csvCell('  \tx')).toBe("'  \tx");
    // Text that only contains a sign further in, or starts with ordinary text, is left alone.
    expect(csvCell(' a=1')).toBe(' a=1');
    expect(csvCell('中文=1')).toBe('中文=1');
    expect(csvCell('   ')).toBe('   ');
    for (const text of [' =1+1', '\u00A0=1+1', '\u200B=1+1', '＝1+1']) expect(withoutFormulaGuard(csvCell(text))).toBe(text);
  });

  it('quotes every cell holding a comma or a semicolon, whatever the separator', () => {
    expect(csvCell("Acme;=cmd|' /C calc'!A0")).toBe(`"Acme;'=cmd|' /C calc'!A0"`);
    expect(csvCell('Acme; Inc')).toBe('"Acme; Inc"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('"a,b"');
    expect(csvCell('a,-1', ';')).toBe(`"a,'-1"`);
    expect(csvCell('a,-1')).toBe('"a,-1"');
    expect(csvCell('a\tb', '\t')).toBe('"a\tb"');
    expect(csvCell('plain', ';')).toBe('plain');
  });

  it('a file opened by Excel with `;` as list separator (German, French) has no formula cell', () => {
    const hostile = [
      ["Acme;=cmd|' /C calc'!A0", ' =1+1'],
      ['\u200B@SUM(A1)', '＝1+1;+2'],
      ['Acme', 'x;=1+1&"'],
      ['a, =1', 'b,\u00A0-1'],
    ];
    for (const separator of [',', ';'] as const) {
      const text = csvParts(['name', 'note'], hostile, separator).join('');
      // Whatever the file's separator, a spreadsheet reads it with its locale's: `,` or `;`.
      for (const delimiter of [',', ';']) {
        const cells = parseCsv(text, delimiter).flat();
        expect(cells.filter(needsFormulaGuard), `${separator} file read with ${delimiter}`).toEqual([]);
      }
      expect(parseCsv(text, separator).slice(1).map((row) => row.map(withoutFormulaGuard))).toEqual(hostile);
    }
  });

  it('round-trips Chinese text, commas, quotes and line breaks', () => {
    const bytes = new TextEncoder().encode(csvParts(['一', '二', '三'], TRICKY).join(''));
    const { text, encoding, bom } = decodeCsvBytes(bytes);
    expect([encoding, bom]).toEqual(['utf-8', true]);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['一', '二', '三']);
    expect(rows.map((row) => row.map(withoutFormulaGuard))).toEqual(TRICKY);
  });
});

describe('CSV reading', () => {
  it('parses quoted cells with commas, escaped quotes and CRLF/LF/CR line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e"""\r\n1,2,3\n4,5,6\r7,8,9')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ]);
  });

  it('gives the same records whatever the chunk boundaries (inside quotes, between CR and LF)', () => {
    const text = csvParts(['h1', 'h2', 'h3'], TRICKY).join('');
    const whole = parseCsv(text);
    for (const size of [1, 2, 3, 7, 64]) {
      const parser = new CsvParser();
      const records: string[][] = [];
      for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
      records.push(...parser.finish());
      expect(records, `chunks of ${size}`).toEqual(whole);
    }
  });

  it('reads back whatever the writer wrote, cut into chunks anywhere (property)', () => {
    // Cells of the characters that matter to the parser and to the formula guards (read back without them).
    const cell = fc
      .array(fc.constantFrom('a', '中', ',', '"', '""', '\r', '\n', '\r\n', ' ', ';', '\uFEFF', '=', '＋', '\u200B', '\t'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ';', '\t'), (records, sizes, separator: CsvSeparator) => {
        const text = csvParts(['h'], records, separator).join('');
        const parser = new CsvParser(separator);
        const read: string[][] = [];
        for (let at = 0, n = 0; at < text.length; n++) {
          const size = sizes[n % sizes.length]!;
          read.push(...parser.push(text.slice(at, at + size)));
          at += size;
        }
        read.push(...parser.finish());
        expect(read.map((row) => row.map(withoutFormulaGuard))).toEqual([['h'], ...records]);
        expect(parser.unterminatedQuote).toBe(false);
      }),
    );
  });

  it('strips a byte-order mark, keeps missing trailing cells short, reports a cut-off quote', () => {
    expect(parseCsv('\uFEFFname,site\nAcme')).toEqual([['name', 'site'], ['Acme']]);
    const parser = new CsvParser();
    parser.push('a,"unterminated\nstill');
    expect(parser.finish()).toEqual([['a', 'unterminated\nstill']]);
    expect(parser.unterminatedQuote).toBe(true);
  });

  it('is lenient with stray quotes and text after a closing quote', () => {
    expect(parseCsv('5" screen,"a"b\n')).toEqual([['5" screen', 'ab']]);
  });

  it('detects GBK when the bytes are not UTF-8 (Excel and WPS on Chinese Windows)', () => {
    // 公司名称,网址 in GBK, then a row: 华为,huawei.com
    const gbk = Uint8Array.from([0xb9, 0xab, 0xcb, 0xbe, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xcd, 0xf8, 0xd6, 0xb7, 0x0d, 0x0a, 0xbb, 0xaa, 0xce, 0xaa, 0x2c, ...new TextEncoder().encode('huawei.com')]);
    const decoded = decodeCsvBytes(gbk);
    expect(decoded.encoding).toBe('gbk');
    expect(parseCsv(decoded.text)).toEqual([['公司名称', '网址'], ['华为', 'huawei.com']]);
  });

  it('reads UTF-8 without a BOM, and UTF-16 with one', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('名称\n')).encoding).toBe('utf-8');
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x0d, 0x54, 0x0a, 0x00]);
    expect(decodeCsvBytes(utf16)).toEqual({ text: '名\n', encoding: 'utf-16le', bom: true });
  });

  it('sniffs semicolon and tab delimiters from the header line', () => {
    expect(sniffDelimiter('name;site;email')).toBe(';');
    expect(sniffDelimiter('name\tsite')).toBe('\t');
    expect(sniffDelimiter('name')).toBe(',');
  });

  it('parses 100k rows streamed in chunks', () => {
    const row = (i: number) => `"公司 ${i}, 有限",site${i}.cn,"备注 ""${i}""\n第二行"\r\n`;
    const parser = new CsvParser();
    let count = 0;
    let last: string[] | undefined;
    let buffer = 'name,site,note\r\n';
    for (let i = 0; i < 100_000; i++) {
      buffer += row(i);
      if (buffer.length > 65_536) {
        for (const record of parser.push(buffer)) {
          count++;
          last = record;
        }
        buffer = '';
      }
    }
    for (const record of [...parser.push(buffer), ...parser.finish()]) {
      count++;
      last = record;
    }
    expect(count).toBe(100_001);
    expect(last).toEqual(['公司 99999, 有限', 'site99999.cn', '备注 "99999"\n第二行']);
  });
});
