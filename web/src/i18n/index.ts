import { createI18n } from 'vue-i18n';
import zh from './zh-CN';
import en from './en';

export type Lang = 'zh-CN' | 'en';
const KEY = 'minyi.lang';

function initial(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initial(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zh, en },
  missingWarn: false,
  fallbackWarn: false,
});

export function currentLang(): Lang {
  return i18n.global.locale.value as Lang;
}

export function setLang(lang: Lang) {
  i18n.global.locale.value = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
}

export const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {});
