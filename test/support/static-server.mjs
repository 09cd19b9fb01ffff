// A static file server for a built directory (dist/, dist-bench/) on 127.0.0.1 and a free port, for the
// e2e suite and the benchmark. Unknown paths without an extension fall back to index.html (a single-page
// app); paths that climb out of the directory are refused.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** @type {Record<string, string>} */
export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * @param {string} path
 * @returns {Promise<import('node:fs').Stats | null>}
 */
async function fileStat(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/**
 * The file a request path maps to inside `root`, or null when it would leave `root`.
 * @param {string} root absolute directory
 * @param {string} urlPath the request's path (still percent-encoded)
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = resolve(root, `.${sep}${decoded.replace(/^[/\\]+/, '')}`);
  return target === root || target.startsWith(root + sep) ? target : null;
}

/**
 * Serve `dir` on 127.0.0.1.
 * @param {string} dir directory to serve
 * @param {{ port?: number, headers?: Record<string, string>, immutableAssets?: boolean }} [options] port 0
 *   (default) picks a free one; immutableAssets: files under an `assets/` folder (content-hashed names) may be
 *   cached for good, as the desktop app's own protocol serves them from disk with V8's code cache
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>} url ends with '/'
 */
export async function startStaticServer(dir, options = {}) {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const target = resolveInside(root, pathname);
    if (!target) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    let file = target;
    let info = await fileStat(file);
    if (!info && (pathname.endsWith('/') || !extname(pathname))) {
      // A directory's index, else the app's own index (client-side routes).
      file = join(target, 'index.html');
      info = (await fileStat(file)) ?? null;
      if (!info) {
        file = index;
        info = await fileStat(file);
      }
    }
    if (!info) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control':
        options.immutableAssets && /\/assets\/[^/]+$/.test(pathname)
          ? 'public, max-age=31536000, immutable'
          : 'no-store',
      'x-content-type-options': 'nosniff',
      ...options.headers,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}
