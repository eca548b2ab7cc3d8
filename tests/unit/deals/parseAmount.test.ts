import { describe, expect, it } from 'vitest';
import { formatAmount, minorToPlain, parseAmount } from '../../../lib/deals/parseAmount';
import { minorDigits } from '../../../lib/model';

describe('parseAmount: what a rep types, as integer minor units', () => {
  it('reads group separators and the decimal point without float arithmetic', () => {
    expect(parseAmount('12,345.67', 'USD')).toEqual({ ok: true, minor: 1_234_567 });
    expect(parseAmount(' 12 345.6 ', 'USD')).toEqual({ ok: true, minor: 1_234_560 });
    expect(parseAmount('0.29', 'USD')).toEqual({ ok: true, minor: 29 });
    // 0.1 + 0.2 style drift: 1.15 * 100 is 114.99999999999999 in floats.
    expect(parseAmount('1.15', 'USD')).toEqual({ ok: true, minor: 115 });
    expect(parseAmount('.5', 'EUR')).toEqual({ ok: true, minor: 50 });
    expect(parseAmount('7', 'CNY')).toEqual({ ok: true, minor: 700 });
    expect(parseAmount('1.50', 'JPY')).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseAmount('1.0', 'JPY')).toEqual({ ok: true, minor: 1 });
  });

  it('uses each currency’s own minor-unit digits', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(parseAmount('12,345', 'JPY')).toEqual({ ok: true, minor: 12_345 });
    expect(parseAmount('1.234', 'KWD')).toEqual({ ok: true, minor: 1_234 });
    expect(parseAmount('1.234', 'USD')).toEqual({ ok: false, error: 'too_many_decimals' });
  });

  it('reads a comma decimal where the rep’s locale writes one, and full-width digits from an IME', () => {
    expect(parseAmount('12.345,67', 'EUR', ',')).toEqual({ ok: true, minor: 1_234_567 });
    expect(parseAmount('12 345,6', 'EUR', ',')).toEqual({ ok: true, minor: 1_234_560 });
    expect(parseAmount('１２，３４５．６７', 'CNY')).toEqual({ ok: true, minor: 1_234_567 });
  });

  it('refuses what is not an amount, with a reason', () => {
    expect(parseAmount('', 'USD')).toEqual({ ok: false, error: 'empty' });
    expect(parseAmount('   ', 'USD')).toEqual({ ok: false, error: 'empty' });
    expect(parseAmount('-5', 'USD')).toEqual({ ok: false, error: 'negative' });
    expect(parseAmount('12a', 'USD')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseAmount('1.2.3', 'USD')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseAmount('.', 'USD')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseAmount('1e5', 'USD')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseAmount('99999999999999999', 'USD')).toEqual({ ok: false, error: 'too_large' });
    expect(parseAmount('1'.repeat(10_000), 'USD')).toEqual({ ok: false, error: 'too_large' });
  });

  it('writes minor units back as text parseAmount reads, and formats them in the rep’s locale', () => {
    expect(minorToPlain(1_234_567, 'USD')).toBe('12345.67');
    expect(minorToPlain(5, 'USD')).toBe('0.05');
    expect(minorToPlain(-5, 'USD')).toBe('-0.05');
    expect(minorToPlain(12_345, 'JPY')).toBe('12345');
    for (const [minor, currency] of [[1_234_567, 'USD'], [5, 'KWD'], [9_007_199, 'JPY']] as const) {
      expect(parseAmount(minorToPlain(minor, currency), currency)).toEqual({ ok: true, minor });
    }
    expect(formatAmount(1_234_567, 'USD', 'en-US')).toBe('$12,345.67');
    expect(formatAmount(1_234_567, 'CNY', 'zh-CN')).toBe('¥12,345.67');
    expect(formatAmount(12_345, 'JPY', 'en-US')).toBe('¥12,345');
  });
});
