import { describe, expect, it } from 'vitest';
import { businessDateError, disabledBusinessDate, latestStepDate } from './dates';

describe('business date rules', () => {
  const today = '2026-12-05';
  it('accepts today and dates between the previous step and today', () => {
    expect(businessDateError('2026-12-05', today, '2026-12-01')).toBeNull();
    expect(businessDateError('2026-12-01', today, '2026-12-01')).toBeNull();
  });
  it('refuses the future and dates before the previous step', () => {
    expect(businessDateError('2026-12-06', today, null)).toBe('future');
    expect(businessDateError('2026-11-30', today, '2026-12-01')).toBe('beforePrevious');
    expect(businessDateError('', today, null)).toBe('required');
  });
  it('disables the same dates in the picker', () => {
    const disabled = disabledBusinessDate(today, '2026-12-01');
    expect(disabled(new Date(2026, 11, 6))).toBe(true);
    expect(disabled(new Date(2026, 10, 30))).toBe(true);
    expect(disabled(new Date(2026, 11, 3))).toBe(false);
  });
  it('takes the latest step of the timeline as the earliest allowed date', () => {
    expect(latestStepDate([{ on: '2026-11-02' }, { on: '2026-11-20' }, { on: '2026-11-10' }], '2026-11-01')).toBe('2026-11-20');
    expect(latestStepDate([], '2026-11-01')).toBe('2026-11-01');
  });
});
