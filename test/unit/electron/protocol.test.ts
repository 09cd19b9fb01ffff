import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import {
  APP_URL,
  createAppProtocolHandler,
  mimeTypeFor,
  privilegedSchemes,
  resolveAppPath,
} from '../../../electron/protocol';

describe('privilegedSchemes', () => {
  it('registers app:// as a standard, secure, fetchable scheme with nothing extra', () => {
    expect(privilegedSchemes).toHaveLength(1);
    const [app] = privilegedSchemes;
    expect(app?.scheme).toBe('app');
    expect(app?.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      allowServiceWorkers: false,
      bypassCSP: false,
    });
    expect(app?.privileges?.allowExtensions).not.toBe(true);
  });

  it('names the app URL on the salesdesk host', () => {
    expect(APP_URL).toBe('app://salesdesk/index.html');
  });
});

describe('resolveAppPath', () => {
  const root = join(tmpdir(), 'dist-root');

  it('maps / to index.html and nested paths under the root', () => {
    expect(resolveAppPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, '/fonts/Noto%20Sans.woff2')).toBe(join(root, 'fonts', 'Noto Sans.woff2'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/.%2e/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/%2e%2e%5c%2e%2e%5cpackage.json',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/C:/Windows/win.ini',
    '/C%3A%5CWindows%5Cwin.ini',
    '/index.html%00.png',
    '/%E0%A4%A',
    'relative/index.html',
    '/./index.html',
  ])('refuses %s', (path) => {
    expect(resolveAppPath(root, path)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('gives the types the renderer build produces', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('LICENSE')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  // <tmp>/package.json is the secret beside the served folder <tmp>/dist.
  let base: string;
  let rootDir: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'salesdesk-protocol-'));
    rootDir = join(base, 'dist');
    await mkdir(join(rootDir, 'assets'), { recursive: true });
    await writeFile(join(rootDir, 'index.html'), '<!doctype html><title>SalesDesk</title>');
    await writeFile(join(rootDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'package.json'), '{"secret":true}');
    handler = createAppProtocolHandler({ rootDir, readFile: (path) => readFile(path) });
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const get = (url: string, init?: RequestInit) => handler(new Request(url, init));

  it('serves index.html for / and for its own name, with CSP and nosniff', async () => {
    for (const url of ['app://salesdesk/', APP_URL]) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>SalesDesk</title>');
    }
  });

  it('serves assets with their mime type', async () => {
    const response = await get('app://salesdesk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://salesdesk/../package.json',
    'app://salesdesk/%2e%2e/package.json',
    'app://salesdesk/assets/..%2f..%2fpackage.json',
    'app://salesdesk/%2e%2e%2fpackage.json',
    'app://salesdesk/assets/..%5c..%5cpackage.json',
    'app://salesdesk/missing.js',
    'app://salesdesk/assets',
    'app://other/index.html',
    'app://salesdesk.evil/index.html',
  ])('answers 404 for %s and never leaks the file beside dist', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get(APP_URL, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    const head = await get(APP_URL, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
