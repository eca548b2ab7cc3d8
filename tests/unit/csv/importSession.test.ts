import { describe, expect, it } from 'vitest';
import { getDB } from '../../../lib/db';
import { parseImportFile, runImport } from '../../../lib/dashboard/worker/importSession';

/** GBK bytes for a two-column sheet as WPS saves it: 公司名称,网址 / 华为,huawei.com / 华为,huawei.com */
function gbkFile(): Blob {
  const line = (...bytes: number[][]) => bytes.flat();
  const ascii = (text: string) => [...new TextEncoder().encode(text)];
  const huawei = [0xbb, 0xaa, 0xce, 0xaa];
  return new Blob([
    Uint8Array.from([
      ...line([0xb9, 0xab, 0xcb, 0xbe, 0xc3, 0xfb, 0xb3, 0xc6], ascii(','), [0xcd, 0xf8, 0xd6, 0xb7], ascii('\r\n')),
      ...line(huawei, ascii(',huawei.com\r\n')),
      ...line(huawei, ascii(',www.huawei.com\r\n')),
    ]),
  ]);
}

describe('the worker’s import session, on IndexedDB', () => {
  it('decodes GBK, guesses the mapping, imports through commitChanges (outbox too) and reports the duplicate row', async () => {
    const progress: string[] = [];
    const { parsed, file } = await parseImportFile(gbkFile(), 'wps.csv', (stage) => progress.push(stage));
    expect(parsed).toMatchObject({ encoding: 'gbk', headers: ['公司名称', '网址'], rowCount: 2, guessedMapping: { name: 0, website: 1 } });
    const report = await runImport(file, { id: 1, kind: 'importRun', mapping: parsed.guessedMapping, dayFirst: false, timeZone: 'Asia/Shanghai', actor: 'Li' }, (stage) => progress.push(stage));
    expect(report).toMatchObject({ fileName: 'wps.csv', encoding: 'gbk', rows: 2, imported: 1, contacts: 0 });
    expect(report.skipped).toEqual([{ row: 3, problems: [{ code: 'duplicateInFile', detail: '2' }], cells: ['华为', 'www.huawei.com'] }]);
    const db = await getDB();
    const accounts = await db.getAll('accounts');
    expect(accounts.map((a) => [a.name, a.domain, a.stage])).toEqual([['华为', 'huawei.com', 'lead']]);
    expect(await db.count('activities')).toBe(1);
    expect(await db.count('outbox')).toBe(2);
    expect(progress).toContain('writing');

    const again = await runImport(file, { id: 2, kind: 'importRun', mapping: parsed.guessedMapping, dayFirst: false, timeZone: 'Asia/Shanghai', actor: 'Li' }, () => {});
    expect(again.imported).toBe(0);
    expect(again.skipped.map((row) => row.problems[0]!.code)).toEqual(['duplicateDomain', 'duplicateDomain']);
  });
});
