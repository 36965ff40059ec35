// One mapper from RFC 9457 problem details to what the screens show.
import type { Problem } from './types';

export type ProblemKind = 'validation' | 'conflict' | 'stale' | 'rateLimited' | 'forbidden' | 'notFound' | 'other';

export interface MappedProblem {
  kind: ProblemKind;
  status: number;
  title: string;
  detail: string;
  /** Field path (as the API names it, e.g. `petitioners[0].phone`) → message in the current language. */
  fieldErrors: Record<string, string>;
  currentState?: string;
  allowedActions?: string[];
  retryAfterSeconds?: number;
}

const FALLBACK = {
  zh: { title: '操作失败', detail: '服务器未能处理该请求，请稍后再试。', stale: '该事项已被他人修改', rate: '请求过于频繁' },
  en: { title: 'The request failed', detail: 'The server could not handle the request; please try again later.', stale: 'Someone else changed this item', rate: 'Too many requests' },
};

export function mapProblem(status: number, problem: Problem | null, lang: string, retryAfter?: string | null): MappedProblem {
  const en = lang.startsWith('en');
  const fb = en ? FALLBACK.en : FALLBACK.zh;
  const p = problem ?? {};
  const title = (en ? p.titleEn || p.title : p.title) || fb.title;
  const detail = (en ? p.detailEn || p.detail : p.detail) || '';
  const fieldErrors: Record<string, string> = {};
  for (const e of p.errors ?? []) {
    if (!e.field) continue;
    const msg = (en ? e.messageEn || e.message : e.message) || '';
    fieldErrors[e.field] = fieldErrors[e.field] ? `${fieldErrors[e.field]}；${msg}` : msg;
  }
  let kind: ProblemKind = 'other';
  if (status === 400 || status === 422) kind = 'validation';
  else if (status === 409) kind = 'conflict';
  else if (status === 412) kind = 'stale';
  else if (status === 429) kind = 'rateLimited';
  else if (status === 403) kind = 'forbidden';
  else if (status === 404) kind = 'notFound';
  const mapped: MappedProblem = { kind, status, title, detail, fieldErrors };
  if (kind === 'stale' && !p.title) mapped.title = fb.stale;
  if (kind === 'rateLimited') {
    if (!p.title) mapped.title = fb.rate;
    const secs = retryAfter ? Number(retryAfter) : NaN;
    mapped.retryAfterSeconds = Number.isFinite(secs) && secs >= 0 ? Math.min(secs, 60) : 1;
  }
  if (kind === 'conflict') {
    if (typeof p.currentState === 'string') mapped.currentState = p.currentState;
    if (Array.isArray(p.allowedActions)) mapped.allowedActions = p.allowedActions.map(String);
  }
  if (!mapped.detail && kind === 'other') mapped.detail = fb.detail;
  return mapped;
}

/** Field errors for one form: strips a prefix (`petitioners[0].`) and keeps the API's field path otherwise. */
export function fieldError(errors: Record<string, string>, field: string): string {
  return errors[field] ?? '';
}
