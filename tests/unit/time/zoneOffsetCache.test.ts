import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZoneOffsetCache } from '../../../lib/time/zoneOffsetCache';
import { wallTimeAt } from '../../../lib/time/zonedTime';

/** The offset as lib/pipeline reads it: the wall clock read as UTC, less the instant. */
function offsetByWallTime(at: number, timeZone: string): number {
  const { date, msOfDay } = wallTimeAt(at, timeZone);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) + msOfDay - at;
}

// Half-hour and 45-minute offsets, a half-hour DST (Lord Howe), negative DST (Dublin), the southern hemisphere.
const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Europe/Dublin', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];

describe('the cached zone offset', () => {
  it('is the wall clock’s offset at any instant, in every zone, one cache per zone (property)', () => {
    const caches = new Map(ZONES.map((zone) => [zone, createZoneOffsetCache(zone)]));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, at) => {
        expect(caches.get(zone)!(at)).toBe(offsetByWallTime(at, zone));
      }),
      { numRuns: 3_000 },
    );
  });

  it('changes at the exact quarter hour of each DST change', () => {
    for (const zone of ['Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns']) {
      const offsetAt = createZoneOffsetCache(zone);
      let changes = 0;
      for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2026, 0, 1); at += 900_000) {
        if (offsetAt(at) === offsetAt(at - 900_000)) continue;
        changes += 1;
        expect([offsetAt(at - 1), offsetAt(at)]).toEqual([offsetByWallTime(at - 1, zone), offsetByWallTime(at, zone)]);
      }
      expect(changes, zone).toBe(2);
    }
  });

  it('is exact across changes that fall between quarter hours (Newfoundland at 00:01 local until 2011, seconds offsets in 1917)', () => {
    const zone = 'America/St_Johns';
    // The property run's counterexample, then every minute around the 2007 spring change (03:31 UTC).
    const instants = [-1664129700001, -1664129700000, -1664129760000];
    for (let at = Date.UTC(2007, 2, 11, 3, 0); at <= Date.UTC(2007, 2, 11, 4, 0); at += 60_000) instants.push(at - 1, at);
    const offsetAt = createZoneOffsetCache(zone);
    for (const at of instants) expect(offsetAt(at), new Date(at).toISOString()).toBe(offsetByWallTime(at, zone));
  });

  it('reads years the short form cannot show through lib/pipeline, as before', () => {
    const offsetAt = createZoneOffsetCache('Asia/Shanghai');
    for (const at of [Date.UTC(999, 0, 1), Date.UTC(10_000, 0, 1), -62_198_755_200_000]) expect(offsetAt(at)).toBe(offsetByWallTime(at, 'Asia/Shanghai'));
  });
});
