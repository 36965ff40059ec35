// Period selector values ↔ cohort dates (from/to), kept in the URL query.
import { todayCst } from './format';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'custom';

export interface Period {
  kind: PeriodKind;
  /** month: YYYY-MM; quarter: YYYY-Qn; half: YYYY-Hn; year: YYYY; custom: unused */
  value: string;
  from: string;
  to: string;
}

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function clampToday(date: string, today: string): string {
  return date > today ? today : date;
}

export function periodRange(kind: PeriodKind, value: string, today = todayCst()): { from: string; to: string } {
  const year = Number(value.slice(0, 4));
  let fromM = 1;
  let toM = 12;
  if (kind === 'month') {
    fromM = toM = Number(value.slice(5, 7));
  } else if (kind === 'quarter') {
    const q = Number(value.slice(6));
    fromM = (q - 1) * 3 + 1;
    toM = q * 3;
  } else if (kind === 'half') {
    fromM = value.endsWith('H2') ? 7 : 1;
    toM = value.endsWith('H2') ? 12 : 6;
  }
  return { from: `${year}-${String(fromM).padStart(2, '0')}-01`, to: clampToday(lastDay(year, toM), today) };
}

export function defaultPeriod(today = todayCst()): Period {
  const value = today.slice(0, 4);
  return { kind: 'year', value, ...periodRange('year', value, today) };
}

/** Reads a period from the URL query; falls back to this year to date. */
export function periodFromQuery(q: Record<string, unknown>, today = todayCst()): Period {
  const kind = String(q.period ?? '') as PeriodKind;
  const value = String(q.pv ?? '');
  if (kind === 'custom' && typeof q.from === 'string' && typeof q.to === 'string') {
    return { kind, value: '', from: q.from, to: q.to };
  }
  if (['month', 'quarter', 'half', 'year'].includes(kind) && value) {
    return { kind, value, ...periodRange(kind, value, today) };
  }
  return defaultPeriod(today);
}

/** The months (YYYY-MM) a range covers, for the trend chart. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while ((y < endY || (y === endY && m <= endM)) && out.length < 36) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function monthRange(month: string, today = todayCst()): { from: string; to: string } {
  return periodRange('month', month, today);
}
