import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { languageFromLocale } from '../../shared/language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const languages: readonly Language[] = ['zh-CN', 'en'];
type Tree = { [key: string]: string | Tree };

// The shell's strings (and the shared UI pieces', in ui/locales) load with the app. Each feature keeps its
// own in features/<area>/**/locales/{en,zh-CN}.json under a top-level key named for the area, loaded with
// the area's page (app/areas.ts): a string no screen shows yet costs nothing at start-up.
const shellLocales = import.meta.glob<Tree>('../ui/locales/*.json', { eager: true, import: 'default' });
const featureLocales = import.meta.glob<Tree>('../features/**/locales/*.json', { import: 'default' });

/**
 * Adds the trees of `files` for `language` to `base`, deeply: a feature's sub-folders may add to the
 * feature's key (`trainingArea.sessions.*` beside `trainingArea.tabs.*`). A string defined twice is a
 * mistake, said at once.
 */
export function mergeTrees(base: Tree, files: Record<string, Tree>, language: Language): Tree {
  const merged: Tree = { ...base };
  for (const [path, tree] of Object.entries(files)) {
    if (!path.endsWith(`/${language}.json`)) continue;
    mergeInto(merged, tree, path, '');
  }
  return merged;
}

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mergeInto(target: Tree, tree: Tree, path: string, prefix: string) {
  for (const [key, value] of Object.entries(tree)) {
    const existing = target[key];
    if (existing === undefined) target[key] = value;
    else if (isTree(existing) && isTree(value)) {
      const copy: Tree = { ...existing };
      mergeInto(copy, value, path, `${prefix}${key}.`);
      target[key] = copy;
    } else throw new Error(`${path}: key "${prefix}${key}" is already defined`);
  }
}

export const resources = {
  'zh-CN': { translation: mergeTrees(zhCN, shellLocales, 'zh-CN') },
  en: { translation: mergeTrees(en, shellLocales, 'en') },
} as const;

const loaded = new Map<string, Promise<void>>();

/**
 * The strings of one feature folder (e.g. `goals`), both languages, so switching language needs no wait.
 * Loaded once; the page of the area waits for them before it renders.
 */
export function loadFeatureStrings(feature: string): Promise<void> {
  let loading = loaded.get(feature);
  if (!loading) {
    const prefix = `../features/${feature}/`;
    loading = Promise.all(
      Object.entries(featureLocales)
        .filter(([path]) => path.startsWith(prefix))
        .map(async ([path, load]) => {
          const language = languages.find((l) => path.endsWith(`/${l}.json`));
          if (language) i18next.addResourceBundle(language, 'translation', await load(), true, false);
        }),
    ).then(() => undefined);
    loaded.set(feature, loading);
  }
  return loading;
}

/** Every feature's strings (component tests and benches render pages without their area's loader). */
export const loadAllFeatureStrings = () =>
  Promise.all(
    [...new Set(Object.keys(featureLocales).map((path) => path.split('/')[2] as string))].map(
      loadFeatureStrings,
    ),
  );

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
