import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { languageFromLocale } from '../../shared/language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const languages: readonly Language[] = ['zh-CN', 'en'];
type Tree = { [key: string]: string | Tree };

// Each feature keeps its own strings in features/<area>/**/locales/{en,zh-CN}.json under a top-level key
// named for the area, so areas can grow without touching one shared file; they are merged here (with the
// shared UI pieces' strings in ui/locales).
const featureLocales = import.meta.glob<Tree>(['../features/**/locales/*.json', '../ui/locales/*.json'], {
  eager: true,
  import: 'default',
});

function withFeatures(base: Tree, language: Language): Tree {
  const merged: Tree = { ...base };
  for (const [path, tree] of Object.entries(featureLocales)) {
    if (!path.endsWith(`/${language}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`${path}: key "${key}" is already defined`);
      merged[key] = value;
    }
  }
  return merged;
}

export const resources = {
  'zh-CN': { translation: withFeatures(zhCN, 'zh-CN') },
  en: { translation: withFeatures(en, 'en') },
} as const;

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
