// first_load_js_kb: the JavaScript the renderer's index.html loads before first paint (its module
// scripts and modulepreloads), gzipped as a server would send it, summed in KB. Computed in Node.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} html */
export function firstLoadAssets(html) {
  const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], 'src')).filter(Boolean);
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]);
  const preloads = links
    .filter((tag) => /\brel\s*=\s*["']modulepreload["']/i.test(tag))
    .map((tag) => attr(tag, 'href'));
  const styles = links
    .filter((tag) => /\brel\s*=\s*["']stylesheet["']/i.test(tag))
    .map((tag) => attr(tag, 'href'));
  return { js: [...new Set([...scripts, ...preloads])].filter(Boolean), css: styles.filter(Boolean) };
}

/**
 * @param {string} indexHtml path to dist/index.html
 * @returns {Promise<{ kb: number, cssKb: number, files: { file: string, gzipBytes: number }[] }>}
 */
export async function firstLoadJsKb(indexHtml) {
  const html = await readFile(indexHtml, 'utf8');
  const root = dirname(indexHtml);
  const { js, css } = firstLoadAssets(html);
  const gzipped = async (href) => {
    const path = resolve(root, href.replace(/^\//, ''));
    return { file: href, gzipBytes: gzipSync(await readFile(path)).length };
  };
  const files = await Promise.all(js.map(gzipped));
  const styles = await Promise.all(css.map(gzipped));
  const kb = (list) => Math.round((list.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024) * 10) / 10;
  return { kb: kb(files), cssKb: kb(styles), files };
}
