// The renderer's Content-Security-Policy. It is the second wall after the sandbox: even if imported
// data ever reached the DOM as markup, no foreign script, frame, form target or network peer is allowed.

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Mantine injects <style> elements at run time; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: and blob: for chart images, icons and previews made in the page.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // The app is offline: nothing but its own origin.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'worker-src': ["'self'", 'blob:'],
};

export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Both spellings matter: header names arrive in whatever case the server used. */
const isCspHeader = (name: string): boolean => {
  const lower = name.toLowerCase();
  return lower === 'content-security-policy' || lower === 'content-security-policy-report-only';
};

/** The part of Electron's Session this module needs. */
export interface CspSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** Response headers with our policy in place of any the response carried. */
export function withCsp(headers: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!isCspHeader(name)) result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** Every response the session receives gets the policy, whatever produced it. */
export function applyCsp(session: CspSession): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
}
