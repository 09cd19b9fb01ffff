import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { rememberLanguage } from '../i18n';
import { platform } from '../platform';

/** The UI language and a setter that also remembers it and tells the desktop shell (for the menu). */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const set = (language: Language) => {
    rememberLanguage(language);
    document.documentElement.lang = language;
    void i18n.changeLanguage(language);
    void platform.setLanguage(language);
  };
  return [current, set];
}
