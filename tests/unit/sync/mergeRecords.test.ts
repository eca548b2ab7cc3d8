import { describe, expect, it } from 'vitest';
import { mergeRecords, sameContent, sameValue } from '../../../lib/sync/mergeRecords';

const base = { id: 'a', version: 3, createdAt: 1, updatedAt: 10, name: 'Acme', industry: 'Robots', tags: ['x'], address: { city: 'Shanghai' } };

describe('field-by-field merge', () => {
  it('takes each side’s change to a different field', () => {
    const mine = { ...base, updatedAt: 20, industry: 'Drones' };
    const theirs = { ...base, version: 4, updatedAt: 15, tags: ['x', 'y'] };
    expect(mergeRecords(base, mine, theirs)).toEqual({ merged: { ...base, version: 4, updatedAt: 20, industry: 'Drones', tags: ['x', 'y'] }, conflicts: [] });
  });

  it('the same change on both sides is no conflict; different changes to one field are', () => {
    const mine = { ...base, name: 'Acme Inc.', address: { city: 'Suzhou' } };
    const theirs = { ...base, version: 4, name: 'Acme Robotics', address: { city: 'Suzhou' } };
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual(['name']);
    expect(merged).toMatchObject({ name: 'Acme Inc.', address: { city: 'Suzhou' }, version: 4 });
  });

  it('a field removed on one side stays removed; one added on one side is kept', () => {
    const mine: Record<string, unknown> = { ...base, region: 'East' };
    const theirs: Record<string, unknown> = { ...base };
    delete theirs.industry;
    const { merged, conflicts } = mergeRecords(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).not.toHaveProperty('industry');
    expect(merged.region).toBe('East');
  });

  it('without a common base every difference is the rep’s call (timestamps aside)', () => {
    const { merged, conflicts } = mergeRecords(null, { ...base, createdAt: 5, name: 'A' }, { ...base, createdAt: 2, name: 'B' });
    expect(conflicts).toEqual(['name']);
    expect(merged.createdAt).toBe(2);
  });

  it('a derived grade is never the rep’s call: the newer one stays', () => {
    const mine = { ...base, updatedAt: 30, score: { grade: 'A' } };
    const theirs = { ...base, updatedAt: 20, score: { grade: 'B' } };
    expect(mergeRecords({ ...base, score: { grade: 'C' } }, mine, theirs)).toMatchObject({ merged: { score: { grade: 'A' } }, conflicts: [] });
  });

  it('compares deeply and ignores bookkeeping', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
    expect(sameContent({ ...base, version: 9, updatedAt: 99 }, base)).toBe(true);
  });
});

describe('mergeRecords: the owner the server decided', () => {
  it("takes the server's owner when both sides set a different one, and never drops a local owner for none", () => {
    const mine = { id: 'a', name: 'Acme', ownerId: 'Li', updatedAt: 2 };
    expect(mergeRecords(null, mine, { id: 'a', name: 'Acme', ownerId: 'Bo', updatedAt: 1 })).toMatchObject({ merged: { ownerId: 'Bo' }, conflicts: [] });
    expect(mergeRecords({ id: 'a', name: 'Acme' }, mine, { id: 'a', name: 'Acme', ownerId: 'Bo' }).merged.ownerId).toBe('Bo');
    expect(mergeRecords(null, mine, { id: 'a', name: 'Acme', updatedAt: 1 }).merged.ownerId).toBe('Li');
  });
});
