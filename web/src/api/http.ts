// The API client: bearer token, problem details, 401 → refresh or sign in again, 429 → wait and retry.
import { accessToken, reauthenticate } from '@/auth/session';
import { mapProblem, type MappedProblem } from './problem';
import type { Problem } from './types';
import { currentLang } from '@/i18n';

export class ApiError extends Error {
  constructor(public readonly mapped: MappedProblem, public readonly problem: Problem | null) {
    super(mapped.title + (mapped.detail ? `: ${mapped.detail}` : ''));
  }
  get status() {
    return this.mapped.status;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  ifMatch?: number | string | null;
  accept?: string;
  signal?: AbortSignal;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv';

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => params.append(k, x));
    else params.append(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const url = buildUrl(path, opts.query);
  let token = await accessToken();
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: opts.accept ?? 'application/json, application/problem+json',
    };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (opts.ifMatch !== undefined && opts.ifMatch !== null) headers['If-Match'] = `"${opts.ifMatch}"`;
    const res = await fetch(url, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
    if (res.status === 401 && attempt === 0) {
      token = await reauthenticate();
      continue;
    }
    if (res.status === 429 && attempt < 3) {
      const m = mapProblem(429, null, currentLang(), res.headers.get('Retry-After'));
      await sleep((m.retryAfterSeconds ?? 1) * 1000);
      continue;
    }
    if (!res.ok) {
      let problem: Problem | null = null;
      try {
        problem = (await res.json()) as Problem;
      } catch {
        problem = null;
      }
      throw new ApiError(mapProblem(res.status, problem, currentLang(), res.headers.get('Retry-After')), problem);
    }
    return res;
  }
}

export async function api<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, query?: Query) => api<T>('GET', path, { query });
export const post = <T>(path: string, body?: unknown, ifMatch?: number | null) => api<T>('POST', path, { body: body ?? {}, ifMatch });
export const put = <T>(path: string, body: unknown, ifMatch?: number | null) => api<T>('PUT', path, { body, ifMatch });

/** Downloads the same report as a file (the server writes it) and saves it through a Blob URL. */
export async function download(path: string, query: Query, accept: string, filename: string): Promise<void> {
  const res = await send('GET', path, { query, accept });
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : filename;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Lists with the newer filters (dueBefore, sort, channel): a server without them answers 400 naming the
 * parameter; then ask again without those and let the caller filter what came back.
 */
export async function listWithFallback<T>(path: string, query: Query, optional: string[]): Promise<{ page: T; degraded: boolean }> {
  try {
    return { page: await get<T>(path, query), degraded: false };
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) {
      const q = { ...query };
      optional.forEach((k) => delete q[k]);
      return { page: await get<T>(path, q), degraded: true };
    }
    throw e;
  }
}
