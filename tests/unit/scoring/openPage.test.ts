import { describe, expect, it } from 'vitest';
import type { PackedScore } from '../../../lib/scoring/store/packedScore';
import { openPage, pageRecords, trustedScore } from '../../../lib/scoring/store/openPage';

const id = (index: number) => `acc-${String(index).padStart(5, '0')}`;
const packed: PackedScore = { score: 1, grade: 'C', scoredAt: 1, ruleSetVersion: 1, derivedFromUpdatedAt: 1, reasons: [] };
const stored = (from: number, to: number) => ({ lo: id(from), texts: [], scores: new Map(Array.from({ length: to - from }, (_, offset) => [id(from + offset), packed])) });

function add(page: ReturnType<typeof openPage>, from: number, to: number) {
  for (let index = from; index < to; index++) {
    page.scores.set(id(index), { ...packed, score: 2 });
    page.changed.add(id(index));
  }
}

describe('the records a changed score page is written as', () => {
  it('none when nothing changed, the page itself while it is small enough', () => {
    const page = openPage(stored(0, 10));
    expect(pageRecords(id(0), page)).toEqual([]);
    add(page, 10, 20);
    expect(pageRecords(id(0), page).map((record) => [record.lo, record.scores.size])).toEqual([[id(0), 20]]);
  });

  it('a batch added after the last page’s ids: only the new parts, the stored one is still right', () => {
    const page = openPage(stored(1_500, 2_000));
    add(page, 2_000, 3_000);
    expect(pageRecords(id(1_500), page).map((record) => [record.lo, record.scores.size])).toEqual([[id(2_000), 500], [id(2_500), 500]]);
  });

  it('every part once the first one changed too', () => {
    const page = openPage(stored(1_500, 2_000));
    add(page, 1_999, 3_000);
    expect(pageRecords(id(1_500), page).map((record) => record.lo)).toEqual([id(1_500), id(2_000), id(2_500)]);
  });
});

describe('the stored score a new one is compared with', () => {
  it('is none when damaged, and the one this call packed when an id comes twice', () => {
    const page = openPage({ lo: '', texts: [], scores: new Map([['ok', packed], ['bad', { ...packed, scoredAt: -1 }]]) });
    expect(trustedScore(page, 'ok')).toBe(packed);
    expect(trustedScore(page, 'bad')).toBeUndefined();
    expect(trustedScore(page, 'none')).toBeUndefined();
    const mine = { ...packed, reasons: [page.table.indexOf({ ruleId: 'new', label: { en: 'New', zh_CN: '新' } }), 3] };
    page.scores.set('bad', mine);
    page.changed.add('bad');
    expect(trustedScore(page, 'bad')).toBe(mine);
  });
});
