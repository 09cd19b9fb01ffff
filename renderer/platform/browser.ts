// The plain-browser implementation, so the renderer runs in any Chromium (development, e2e tests, a
// demo): downloads instead of save dialogs, a file input instead of an open dialog.

import { version } from '../../package.json';
import type { FileFilter } from '../../shared/ipc/contract';
import { vetExternalUrl } from '../../shared/ipc/external-url';
import type { Platform } from './types';

/** `accept` for a file input: `.csv,.xlsx` from the dialog filters; empty (anything) for `*`. */
export function acceptFor(filters: FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

/** Long enough for the browser to start the download before the object URL goes away. */
const REVOKE_DELAY_MS = 60_000;

export function createBrowserPlatform(win: Window = window): Platform {
  const doc = win.document;
  return {
    kind: 'browser',

    saveFile: async ({ suggestedName, bytes }) => {
      // Copy into a plain ArrayBuffer-backed view: Blob does not take views of shared memory.
      const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)]));
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      link.style.display = 'none';
      doc.body.append(link);
      link.click();
      link.remove();
      win.setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
      // The browser gives no word on whether the user kept the download.
      return { saved: true };
    },

    openFile: ({ filters }) =>
      new Promise((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = acceptFor(filters);
        input.style.display = 'none';
        const finish = () => input.remove();
        input.addEventListener(
          'change',
          () => {
            const file = input.files?.[0];
            finish();
            if (!file) {
              resolve(null);
              return;
            }
            file.arrayBuffer().then(
              (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
              (error: unknown) => reject(error),
            );
          },
          { once: true },
        );
        // Chromium fires 'cancel' when the picker is dismissed; without it the promise would hang.
        input.addEventListener(
          'cancel',
          () => {
            finish();
            resolve(null);
          },
          { once: true },
        );
        // Some browsers only open pickers for inputs in the document.
        doc.body.append(input);
        input.click();
      }),

    getAppInfo: async () => ({
      version,
      platform: 'browser',
      locale: win.navigator.language,
      userDataPath: '',
      logPath: '',
    }),

    // Only the desktop menu follows the language; the page translates itself.
    setLanguage: async () => undefined,

    openExternal: async (url) => {
      const vetted = vetExternalUrl(url);
      if (vetted === null) return false;
      // noopener: the opened page gets no handle back to this window.
      win.open(vetted, '_blank', 'noopener,noreferrer');
      return true;
    },

    // There is no desktop menu in a browser tab.
    onMenuCommand: () => () => undefined,

    // Scheduled backups need the desktop app's main process; the Sharing page says so.
    backups: null,
  };
}
