import { describe, expect, it } from 'vitest';
import { normalisePhone, parsePhone } from '../../../lib/match/phone';

describe('lib/match/phone', () => {
  it('normalises international and national forms to E.164', () => {
    expect(normalisePhone('+1 (415) 555-0132')).toBe('+14155550132');
    expect(normalisePhone('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(normalisePhone('tel:+86-10-6234-5678')).toBe('+861062345678');
    expect(normalisePhone('400-810-8888', 'CN')).toBe('+864008108888');
  });

  it('labels the kind of number', () => {
    expect(parsePhone('13800138000', 'CN')?.kind).toBe('mobile');
    expect(parsePhone('800-810-8888', 'CN')?.kind).toBe('hotline');
    expect(parsePhone('010-62345678', 'CN')?.kind).toBe('landline');
  });

  it('returns null for what is not a valid number', () => {
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('555-0132')).toBeNull();
    expect(normalisePhone('x'.repeat(10_000))).toBeNull();
  });
});
