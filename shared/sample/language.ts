// The sample office speaks the language the user chose: every piece of text is kept in both.

export type SampleLanguage = 'zh-CN' | 'en';

/** A piece of text in both languages the app ships. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const say = (text: Bilingual, language: SampleLanguage): string =>
  language === 'en' ? text.en : text.zh;

/** `[zh, en]` pairs → Bilingual, to keep the word lists short to write. */
export const bilingual = (pairs: readonly (readonly [string, string])[]): Bilingual[] =>
  pairs.map(([zh, en]) => ({ zh, en }));
