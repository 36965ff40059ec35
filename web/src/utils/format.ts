// Figures, dates and deadlines the way the offices write them (WEB.md "Conventions").

export interface RateLike {
  numerator?: number | null;
  denominator?: number | null;
  rate?: number | null;
}

/** The percentage with one decimal; never rounds a partial figure to 0.0 % or 100.0 %. */
export function percent(rate: RateLike | null | undefined): string | null {
  if (!rate || rate.rate === null || rate.rate === undefined || !rate.denominator) return null;
  const num = rate.numerator ?? 0;
  const den = rate.denominator;
  let pct = Math.round(rate.rate * 1000) / 10;
  if (pct >= 100 && num < den) pct = 99.9;
  if (pct <= 0 && num > 0) pct = 0.1;
  return `${pct.toFixed(1)}%`;
}

/** `96.3%（26/27）`, or the no-data word when the denominator is 0. */
export function formatRate(rate: RateLike | null | undefined, lang = 'zh-CN'): string {
  const p = percent(rate);
  const en = lang.startsWith('en');
  if (p === null) return en ? 'no data' : '暂无数据';
  return en ? `${p} (${rate!.numerator ?? 0}/${rate!.denominator})` : `${p}（${rate!.numerator ?? 0}/${rate!.denominator}）`;
}

const DAY = 86_400_000;

/** Today in China Standard Time as YYYY-MM-DD (business dates are CST calendar dates). */
export function todayCst(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date + 'T00:00:00Z') + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY);
}

/** `2026年12月5日` (running text) or `December 5, 2026`. */
export function longDate(date: string | null | undefined, lang = 'zh-CN'): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (lang.startsWith('en')) {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return `${months[m - 1]} ${d}, ${y}`;
  }
  return `${y}年${m}月${d}日`;
}

/** `1月1日` / `Jan 1`, for compact ranges. */
export function shortDate(date: string | null | undefined, lang = 'zh-CN'): string {
  if (!date) return '—';
  const [, m, d] = date.slice(0, 10).split('-').map(Number);
  if (lang.startsWith('en')) {
    return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}`;
  }
  return `${m}月${d}日`;
}

export type DeadlineKind = 'left' | 'today' | 'overdue';

export interface DeadlineInfo {
  kind: DeadlineKind;
  days: number;
}

/** Calendar days to the deadline as of today (CST): green before, amber on the day, red after. */
export function deadlineInfo(deadline: string | null | undefined, today: string = todayCst()): DeadlineInfo | null {
  if (!deadline) return null;
  const diff = daysBetween(today, deadline);
  if (diff > 0) return { kind: 'left', days: diff };
  if (diff === 0) return { kind: 'today', days: 0 };
  return { kind: 'overdue', days: -diff };
}

/** The instant as HH:mm in China Standard Time. */
export function cstTime(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}
