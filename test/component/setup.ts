// Component tests render real Mantine components in jsdom, with Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
import { notifications } from '@mantine/notifications';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n, loadAllFeatureStrings } from '../../renderer/i18n';

// jsdom lacks these browser APIs that Mantine uses for layout and colour-scheme detection.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= () => {};
// Mantine's auto-sizing Textarea listens for web-font loads.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

await initI18n('en');
// Pages are rendered here without their area's loader, which would load their strings with them.
await loadAllFeatureStrings();
afterEach(() => {
  cleanup();
  // Notifications live in one store for the whole file: a test starts with none shown or queued.
  notifications.clean();
});
