import { mergeTrees, resources as shell } from '../../renderer/i18n';

// Every string of the app, shell and features, as i18next resources: for tests that check or use strings
// of any area without going through the area's page loader (which loads a feature's strings with it).

type Tree = { [key: string]: string | Tree };
const features = import.meta.glob<Tree>('../../renderer/features/**/locales/*.json', {
  eager: true,
  import: 'default',
});

export const resources = {
  'zh-CN': { translation: mergeTrees(shell['zh-CN'].translation, features, 'zh-CN') },
  en: { translation: mergeTrees(shell.en.translation, features, 'en') },
} as const;
