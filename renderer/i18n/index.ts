import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { languageFromLocale } from '../../shared/language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const languages: readonly Language[] = ['zh-CN', 'en'];
export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

const STORAGE_KEY = 'salesdesk.language';

export { languageFromLocale };

/** The saved choice, else the system language. Kept in localStorage: it is this machine's preference. */
export function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return languageFromLocale(globalThis.navigator?.language);
}

export function rememberLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}

export async function initI18n(language: Language = initialLanguage()) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export { i18next };
