import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../lib/csv/importColumns';
import { commitImport, knownIdentities, planImport, type ImportOptions } from '../../../lib/csv/importLeads';
import { createDateReader, parseImportDate } from '../../../lib/csv/parseImportDate';
import { parseCsv } from '../../../lib/csv/csvParser';
import type { Account } from '../../../lib/model';

const NOW = Date.UTC(2025, 5, 1, 4);
const shanghai = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 8 * 3_600_000;
const dates = { dayFirst: false, timeZone: 'Asia/Shanghai' };

function context(records: string[][], existing: Account[] = []): ImportOptions {
  let id = 0;
  return {
    mapping: guessMapping(records[0]!),
    known: knownIdentities(existing, []),
    date: dates,
    phoneRegion: 'CN',
    now: NOW,
    actor: 'Li',
    source: 'CSV: leads.csv',
    newId: () => `id-${id++}`,
  };
}

const existingAccount = (name: string, domain: string, emails: string[] = []): Account => ({
  id: `x-${domain}`, createdAt: 0, updatedAt: 0, version: 0, name, domain, stage: 'lead', tags: [], phones: [], emails, capturedAt: 0,
});

function plan(csv: string, existing: Account[] = []) {
  const records = parseCsv(csv);
  return planImport(records.slice(1), context(records, existing));
}

describe('column mapping guessed from headers', () => {
  it('maps Chinese headers', () => {
    expect(guessMapping(['公司名称', '网址', '邮箱', '电话', '地址', '联系人', '职位', '行业', '创建日期'])).toEqual({
      name: 0, website: 1, email: 2, phone: 3, address: 4, contactName: 5, contactTitle: 6, industry: 7, capturedAt: 8,
    });
  });

  it('maps English headers, and compounds by their last word', () => {
    expect(guessMapping(['Company Name', 'Website', 'Contact Email', 'Contact Phone', 'Job Title', 'Lead Source'])).toEqual({
      name: 0, website: 1, email: 2, phone: 3, contactTitle: 4,
    });
    expect(guessMapping(['客户名称', '联系人电话', '联系人'])).toEqual({ name: 0, phone: 1, contactName: 2 });
  });
});

describe('dates in several formats', () => {
  const at = (text: string, options = dates) => {
    const read = parseImportDate(text, options);
    return read.ok ? [read.at, read.ambiguous] : null;
  };
  it('reads ISO, slashes, dots, Chinese and Excel serials, in the calendar’s zone', () => {
    const march5 = shanghai(2024, 3, 5);
    expect(at('2024-03-05')).toEqual([march5, false]);
    expect(at('2024/3/5')).toEqual([march5, false]);
    expect(at('2024.3.5')).toEqual([march5, false]);
    expect(at('2024年3月5日')).toEqual([march5, false]);
    expect(at('45356')).toEqual([march5, false]);
    expect(at('2024-03-05T09:30:00Z')).toEqual([Date.UTC(2024, 2, 5, 9, 30), false]);
    expect(at('2024-03-05 09:30')).toEqual([march5 + 9.5 * 3_600_000, false]);
  });

  it('reads nn/nn/yyyy month first by default, day first when asked, and says it was ambiguous', () => {
    expect(at('03/05/2024')).toEqual([shanghai(2024, 3, 5), true]);
    expect(at('03/05/2024', { ...dates, dayFirst: true })).toEqual([shanghai(2024, 5, 3), true]);
    expect(at('25/12/2024')).toEqual([shanghai(2024, 12, 25), false]);
    expect(at('12/25/2024', { ...dates, dayFirst: true })).toEqual([shanghai(2024, 12, 25), false]);
  });

  it('reads a file’s dates the same through its reader, each distinct text once', () => {
    const read = createDateReader(dates);
    const texts = ['03/05/2024', '2024年3月5日', '03/05/2024', 'yesterday', '2024-03-05 09:30', '03/05/2024', '45356', 'yesterday'];
    expect(texts.map(read)).toEqual(texts.map((text) => parseImportDate(text, dates)));
    expect(read('03/05/2024')).toBe(read('03/05/2024'));
    expect(createDateReader({ ...dates, dayFirst: true })('03/05/2024')).toEqual(parseImportDate('03/05/2024', { ...dates, dayFirst: true }));
  });

  it('refuses impossible dates', () => {
    expect(at('2024-02-30')).toBeNull();
    expect(at('13/13/2024')).toBeNull();
    expect(at('yesterday')).toBeNull();
  });
});

describe('planning an import', () => {
  it('turns rows into leads with contacts, normalised emails and E.164 phones', () => {
    const result = plan('公司名称,网址,邮箱,电话,联系人,职位,员工数,年收入,创建日期\r\n上海某某科技有限公司,www.mou-tech.cn,Sales@Mou-Tech.cn,021-62345678,王伟,采购经理,"1,200",3亿,2024年3月5日\r\n');
    expect(result.skipped).toEqual([]);
    const [lead] = result.candidates;
    expect(lead!.account).toMatchObject({
      name: '上海某某科技有限公司', domain: 'mou-tech.cn', website: 'https://www.mou-tech.cn', emails: ['sales@mou-tech.cn'],
      phones: ['+862162345678'], employees: 1200, annualRevenue: 3e8, stage: 'lead', capturedAt: shanghai(2024, 3, 5),
    });
    expect(lead!.contact).toMatchObject({ name: '王伟', title: '采购经理', email: 'sales@mou-tech.cn', accountId: lead!.account.id });
    expect(lead!.activity).toMatchObject({ kind: 'capture', accountId: lead!.account.id, content: 'CSV: leads.csv', actor: 'Li' });
    expect(lead!.row).toBe(2);
  });

  it('skips duplicates of the store and of earlier rows, and says which', () => {
    const result = plan(
      'Company,Website,Email\r\nGlobex,https://globex.com/about,\r\nNew Co,newco.io,\r\nNew Co again,http://www.newco.io,\r\nSomeone,,buyer@known.cn\r\n',
      [existingAccount('Globex Corporation', 'globex.com'), existingAccount('Known Ltd', 'known-other.cn', ['buyer@known.cn'])],
    );
    expect(result.candidates.map((c) => c.row)).toEqual([3]);
    expect(result.skipped.map((s) => [s.row, s.problems])).toEqual([
      [2, [{ code: 'duplicateDomain', detail: 'Globex Corporation' }]],
      [4, [{ code: 'duplicateInFile', detail: '3' }]],
      [5, [{ code: 'duplicateEmail', detail: 'Known Ltd' }]],
    ]);
  });

  it('explains rows it cannot import, and imports with warnings what it can', () => {
    const result = plan('Company,Website,Email,Phone,Date\r\nNo site,,jane@gmail.com,,\r\nBad site,not a url,,,\r\n,acme.dev,,12,03/04/2024\r\nOdd,odd.dev,oops,,someday\r\n\r\n');
    expect(result.blankRows).toBe(1);
    expect(result.skipped.map((s) => [s.row, s.problems[0]!.code])).toEqual([
      [2, 'noCompany'],
      [3, 'badWebsite'],
    ]);
    expect(result.candidates.map((c) => [c.row, c.warnings.map((w) => w.code)])).toEqual([
      [4, ['nameFromDomain', 'phoneAsWritten', 'ambiguousDate']],
      [5, ['badEmail', 'badDate']],
    ]);
    expect(result.candidates[0]!.warnings[2]!.detail).toBe('2024-03-04');
    expect(result.candidates[1]!.account.capturedAt).toBe(NOW);
  });

  it('takes the company from a work email when there is no website; warns about a same-name account', () => {
    const result = plan('公司,邮箱\r\n华信精密制造有限公司,li@huaxin-precision.cn\r\n', [existingAccount('华信精密制造（苏州）有限公司', 'huaxin.com.cn')]);
    expect(result.candidates[0]!.account.domain).toBe('huaxin-precision.cn');
    expect(result.candidates[0]!.warnings.map((w) => w.code)).toEqual(['domainFromEmail', 'similarName']);
  });

  it('handles a file with missing columns: only the mapped fields are read', () => {
    const result = plan('Website\r\nexample.org\r\n');
    expect(result.candidates[0]!.account).toMatchObject({ name: 'example.org', domain: 'example.org', emails: [], phones: [] });
  });

  it('strips the apostrophe our own export adds in front of formula-like cells', () => {
    const result = plan("Company,Website,Phone\r\n'=Acme,acme.dev,'+86 21 6234 5678\r\n");
    expect(result.candidates[0]!.account).toMatchObject({ name: '=Acme', phones: ['+862162345678'] });
  });
});

describe('writing an import', () => {
  it('commits in batches and, when a batch fails, lists it and every later row as not imported', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => `Co ${i},co${i}.dev`).join('\r\n');
    const { candidates } = plan(`Company,Website\r\n${rows}\r\n`);
    let batches = 0;
    const result = await commitImport(candidates, async () => {
      if (++batches === 2) throw new Error('QuotaExceededError');
    });
    expect(result.imported).toBe(500);
    expect(result.stopped).toEqual({ fromRow: 502, message: 'QuotaExceededError' });
    expect(result.notImported).toHaveLength(700);
    expect(result.notImported[0]).toMatchObject({ row: 502, problems: [{ code: 'writeFailed' }] });
  });
});
