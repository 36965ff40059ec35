import { describe, expect, it } from 'vitest';
import { deadlineInfo, formatRate, longDate, percent, todayCst } from './format';

describe('formatRate', () => {
  it('shows one decimal with numerator and denominator', () => {
    expect(formatRate({ numerator: 26, denominator: 27, rate: 26 / 27 })).toBe('96.3%（26/27）');
    expect(formatRate({ numerator: 26, denominator: 27, rate: 26 / 27 }, 'en')).toBe('96.3% (26/27)');
  });
  it('shows no data for a null rate or a zero denominator, never 0% or 100%', () => {
    expect(formatRate({ numerator: 0, denominator: 0, rate: null })).toBe('暂无数据');
    expect(formatRate({ numerator: 0, denominator: 0, rate: null }, 'en')).toBe('no data');
    expect(formatRate(null)).toBe('暂无数据');
    expect(formatRate({ numerator: 0, denominator: 0, rate: 0 })).toBe('暂无数据');
  });
  it('never rounds a partial figure up to 100.0% or down to 0.0%', () => {
    expect(percent({ numerator: 1999, denominator: 2000, rate: 0.9995 })).toBe('99.9%');
    expect(percent({ numerator: 1, denominator: 3000, rate: 1 / 3000 })).toBe('0.1%');
    expect(formatRate({ numerator: 5, denominator: 5, rate: 1 })).toBe('100.0%（5/5）');
    expect(formatRate({ numerator: 0, denominator: 5, rate: 0 })).toBe('0.0%（0/5）');
  });
});

describe('dates', () => {
  it('writes running-text dates the Chinese way', () => {
    expect(longDate('2026-12-05')).toBe('2026年12月5日');
    expect(longDate('2026-12-05', 'en')).toBe('December 5, 2026');
  });
  it('takes today in China Standard Time', () => {
    expect(todayCst(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
    expect(todayCst(new Date('2026-12-04T15:59:00Z'))).toBe('2026-12-04');
  });
  it('counts calendar days to a deadline', () => {
    expect(deadlineInfo('2026-12-08', '2026-12-05')).toEqual({ kind: 'left', days: 3 });
    expect(deadlineInfo('2026-12-05', '2026-12-05')).toEqual({ kind: 'today', days: 0 });
    expect(deadlineInfo('2026-11-30', '2026-12-05')).toEqual({ kind: 'overdue', days: 5 });
    expect(deadlineInfo(null, '2026-12-05')).toBeNull();
  });
});
