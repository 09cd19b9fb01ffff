// The renderer is served from app://salesdesk/ instead of file://: a real origin (so IndexedDB, CSP and
// same-origin checks work as on the web) and a handler that can serve nothing but the built renderer.

import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'salesdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before 'ready'. standard: proper origin and relative URL resolution; secure: counts as a
 * secure context (IndexedDB, crypto.subtle); supportFetchAPI: the renderer may fetch its own assets.
 * No CORS, no service workers, no CSP bypass, no extensions.
 */
export const privilegedSchemes: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      allowServiceWorkers: false,
      bypassCSP: false,
      stream: false,
      codeCache: true,
    },
  },
];

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeFor = (path: string): string =>
  MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** Characters no renderer asset name contains, but traversal and device tricks do. */
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

/**
 * The file under rootDir that a URL path names, or null when the path could escape rootDir.
 * Chromium and the URL parser already collapse plain `..`, yet segments are decoded one by one here and
 * checked again, because `%2e%2e%2f`, `..%5c`, drive letters and NUL survive URL normalisation.
 */
export function resolveAppPath(rootDir: string, urlPath: string): string | null {
  if (urlPath === '' || urlPath === '/') return join(rootDir, 'index.html');
  if (!urlPath.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of urlPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // An empty segment (`//etc/passwd`) or a dot segment is never a real asset path.
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  const candidate = join(rootDir, ...segments);
  // Defence in depth: whatever the checks above missed, the result must still sit inside rootDir.
  const rel = relative(rootDir, candidate);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return candidate;
}

export interface AppProtocolDeps {
  /** The built renderer, i.e. dist/. */
  rootDir: string;
  /** Reads a file; rejects when it is missing or a directory. */
  readFile: (path: string) => Promise<Uint8Array>;
}

const securityHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The files change only with an app update; no stale copies after one.
  'Cache-Control': 'no-cache',
});

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });

/** The handler for protocol.handle('app', …). */
export function createAppProtocolHandler({ rootDir, readFile }: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', {
        status: 405,
        headers: { ...securityHeaders('text/plain; charset=utf-8'), Allow: 'GET, HEAD' },
      });
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    const path = resolveAppPath(rootDir, url.pathname);
    if (path === null) return notFound();
    let body: Uint8Array;
    try {
      body = await readFile(path);
    } catch {
      return notFound();
    }
    const headers = securityHeaders(mimeTypeFor(path));
    // Copy into a fresh ArrayBuffer-backed view: Response wants a BodyInit, not a Node Buffer slice.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
