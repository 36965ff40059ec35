import { get } from './http';
import type { Deputy, DeputyPage } from './types';

/** Serving deputies of a congress (pages of at most 100, the API's limit). */
export async function servingDeputies(level: 'TOWNSHIP' | 'COUNTY', townshipCode?: string): Promise<Deputy[]> {
  const out: Deputy[] = [];
  for (let page = 0; page < 20; page++) {
    const r = await get<DeputyPage>('/api/deputies', { townshipCode, level, status: 'SERVING', page, size: 100 });
    out.push(...(r.items ?? []));
    if (out.length >= (r.total ?? 0) || !(r.items ?? []).length) break;
  }
  return out;
}
