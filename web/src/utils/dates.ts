// Business-date rules of every step form (API.md): today by default, never the future,
// never before the step it follows.

/** The calendar date a date picker cell stands for (local midnight) as YYYY-MM-DD. */
export function isoLocal(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export type DateRuleError = 'required' | 'future' | 'beforePrevious';

export function businessDateError(value: string | null | undefined, today: string, minDate?: string | null): DateRuleError | null {
  if (!value) return 'required';
  if (value > today) return 'future';
  if (minDate && value < minDate) return 'beforePrevious';
  return null;
}

export function disabledBusinessDate(today: string, minDate?: string | null) {
  return (d: Date) => businessDateError(isoLocal(d), today, minDate) !== null;
}

/** The date of the latest step on a timeline: a new step may not be dated before it. */
export function latestStepDate(timeline: { on?: string | null }[] | undefined, fallback?: string | null): string | null {
  const dates = (timeline ?? []).map((e) => e.on).filter((d): d is string => !!d);
  if (fallback) dates.push(fallback);
  return dates.length ? dates.sort().at(-1)! : null;
}
