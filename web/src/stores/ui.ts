import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

const KEY = 'minyi.largeFont';

/** The large-font, high-contrast mode (适老化): a class on <html>, remembered on this PC (not personal data). */
export const useUi = defineStore('ui', () => {
  let stored = false;
  try {
    stored = localStorage.getItem(KEY) === '1';
  } catch {
    stored = false;
  }
  const largeFont = ref(stored);
  const apply = (on: boolean) => document.documentElement.classList.toggle('large-font', on);
  apply(largeFont.value);
  watch(largeFont, (on) => {
    apply(on);
    try {
      localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // ignore
    }
  });
  return { largeFont };
});
