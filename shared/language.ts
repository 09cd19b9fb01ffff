import type { Language } from './ipc/contract';

/** The UI language for a system locale: any Chinese locale (zh, zh-CN, zh-TW, zh-Hans…) → zh-CN, else en. */
export const languageFromLocale = (locale: string | undefined): Language =>
  locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
