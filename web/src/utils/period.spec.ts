import { describe, expect, it } from 'vitest';
import { monthsOf, periodFromQuery, periodRange } from './period';

describe('period', () => {
  it('turns a quarter or half-year into its cohort dates, never past today', () => {
    expect(periodRange('quarter', '2026-Q3', '2026-12-05')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodRange('half', '2026-H2', '2026-12-05')).toEqual({ from: '2026-07-01', to: '2026-12-05' });
    expect(periodRange('month', '2024-02', '2026-12-05')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
  it('reads the URL query and defaults to this year to date', () => {
    expect(periodFromQuery({}, '2026-12-05')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-05' });
    expect(periodFromQuery({ period: 'custom', from: '2026-03-01', to: '2026-03-31' }, '2026-12-05')).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
  });
  it('lists the months of a range', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
