// The county's townships, villages and units (reference data; changes rarely, loaded once).
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { get } from '@/api/http';
import type { County, Township } from '@/api/types';
import { session } from '@/auth/session';

export const useReference = defineStore('reference', () => {
  const townships = ref<Township[]>([]);
  const county = ref<County | null>(null);
  let loading: Promise<void> | null = null;

  function load(): Promise<void> {
    if (!loading) {
      loading = Promise.all([get<Township[]>('/api/townships'), get<County>('/api/county')])
        .then(([t, c]) => {
          townships.value = t;
          county.value = c;
        })
        .catch((e) => {
          loading = null;
          throw e;
        });
    }
    return loading;
  }

  /** The townships the signed-in account covers (all for county-wide roles). */
  const myTownships = computed(() => {
    const scope = session.claims?.townships ?? [];
    const role = session.claims?.role;
    if ((role === 'TOWNSHIP_CLERK' || role === 'LEADER') && scope.length) {
      return townships.value.filter((t) => scope.includes(t.code ?? ''));
    }
    return townships.value;
  });

  const townshipName = (code?: string | null) => townships.value.find((t) => t.code === code)?.name ?? code ?? '';
  const villageName = (code?: string | null) => {
    for (const t of townships.value) {
      const v = t.villages?.find((x) => x.code === code);
      if (v) return v.name ?? '';
    }
    return code ?? '';
  };
  const allUnits = computed(() => [
    ...(county.value?.units ?? []).map((u) => ({ ...u, group: county.value?.name ?? '' })),
    ...townships.value.flatMap((t) => (t.units ?? []).map((u) => ({ ...u, group: t.name ?? '' }))),
  ]);
  const unitName = (code?: string | null) => allUnits.value.find((u) => u.code === code)?.name ?? code ?? '';
  /** Units a petition of this township may go to: the township's own, then the county's. */
  const unitsFor = (townshipCode?: string | null) => [
    ...(townships.value.find((t) => t.code === townshipCode)?.units ?? []).map((u) => ({ ...u, group: townshipName(townshipCode) })),
    ...(county.value?.units ?? []).map((u) => ({ ...u, group: county.value?.name ?? '' })),
  ];

  return { townships, county, load, myTownships, townshipName, villageName, unitName, allUnits, unitsFor };
});
