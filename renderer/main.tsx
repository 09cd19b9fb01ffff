import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/notifications/styles.css';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { watchStorageErrors } from './app/storage-errors';
import { cssVariablesResolver, theme } from './app/theme';
import { initI18n } from './i18n';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'salesdesk.color-scheme' });

await initI18n();
watchStorageErrors();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      {/* Bottom right: dialogs and the order drawer keep their close buttons at the top, uncovered. */}
      <Notifications position="bottom-right" />
      <Root />
    </MantineProvider>
  </StrictMode>,
);
