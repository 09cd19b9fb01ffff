import type { Language } from './ipc/contract';

/** The UI language for a system locale: any Chinese locale (zh, zh-CN, zh-TW, zh-Hans…) → zh-CN, else en. */
export const languageFromLocale = (locale: string | undefined): Language =>
  locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

/** The two languages the app ships, for text that is kept in both (the standard duties, the sample). */
export type TwoLanguages = Language;

/** A piece of text in both languages the app ships. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const say = (text: Bilingual, language: TwoLanguages): string =>
  language === 'en' ? text.en : text.zh;
