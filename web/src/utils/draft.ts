// Drafts: what a form holds is saved to sessionStorage as it is typed, so signing in again in the middle
// of a form brings it back. The create form's client id is part of the draft: a retry or double click
// sends the same id, and the API makes one item of it.
import { reactive, watch } from 'vue';

const PREFIX = 'minyi.draft.';

export function loadDraft<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, value: unknown) {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the form still works, only without a draft
  }
}

export function clearDraft(key: string) {
  sessionStorage.removeItem(PREFIX + key);
}

/** A reactive form model restored from its draft and saved on every change. */
export function useDraft<T extends object>(key: string, initial: () => T): { model: T; reset: () => void; clear: () => void } {
  const model = reactive({ ...initial(), ...(loadDraft<T>(key) ?? {}) }) as T;
  watch(model, (v) => saveDraft(key, v), { deep: true });
  return {
    model,
    clear: () => clearDraft(key),
    reset: () => {
      clearDraft(key);
      Object.assign(model, initial());
    },
  };
}
