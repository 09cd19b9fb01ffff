// The one rule for which links may leave the app for the system browser. Main enforces it before
// shell.openExternal and the browser platform before window.open, so both sides share this file.

/** Longer than any link we would show; stops absurd inputs before they reach the OS. */
const MAX_URL_LENGTH = 2048;

/**
 * The normalised https URL when it is safe to hand to the OS, otherwise null.
 * Only https with a host and without embedded credentials: javascript:, file:, data:, http: and custom
 * schemes could run code, read local files or launch other apps.
 */
export function vetExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  // user:pass@host links are a classic way to disguise the real host.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export const isVettedExternalUrl = (url: unknown): boolean => vetExternalUrl(url) !== null;
