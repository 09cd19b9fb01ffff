import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromiumContext } from '../support/chromium.mjs';

// Drives the built renderer (dist/) in the system Chromium with a fresh profile, like a new machine.
// Each profile is its own IndexedDB: two profiles are two office PCs.

const root = join(import.meta.dirname, '../..');
export const screenshotDir = join(root, 'test/e2e/screenshots');

/** Serve dist/ on 127.0.0.1 with Vite's own preview server. */
export async function serveApp() {
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return { url, close: () => server.close() };
}

export interface Machine {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser profile (a new machine) with the given system language. */
export async function newMachine(locale: 'en-US' | 'zh-CN'): Promise<Machine> {
  const browser = await launchChromiumContext({ locale, viewport: { width: 1366, height: 768 } });
  const { context } = browser;
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    p.on('pageerror', (error) => errors.push(String(error)));
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    errors,
    close: browser.close,
  };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core finding: the rule broken, how bad it is, and the element it is on. */
export interface A11yFinding {
  rule: string;
  impact: 'critical' | 'serious' | 'moderate' | 'minor';
  target: string;
}

/**
 * Every accessibility finding inside the element `selector` (the open dialog, say, or the whole page)
 * by axe-core's WCAG 2 A and AA rules — and its best practices too when `bestPractice` — whatever its impact.
 */
export async function a11yFindings(
  page: Page,
  selector: string,
  { bestPractice = false } = {},
): Promise<A11yFinding[]> {
  // The screen as a person reads it: a dialog still fading in is drawn at part opacity, and axe then finds
  // its text too faint (seen on a busy machine). Waits for every finite transition and animation to end;
  // endless ones (skeletons, spinners) are part of the screen.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    null,
    { timeout: 10_000 },
  );
  // Evaluated through the debugging protocol: the app's CSP (no inline scripts) stays as it is.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', ...(bestPractice ? ['best-practice'] : [])];
  return page.evaluate(
    async ({ scope, tags }) => {
      const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<AxeResult> } }).axe;
      type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const element = document.querySelector(scope);
      if (!element) return [{ rule: 'no-element', impact: 'critical' as const, target: scope }];
      const result = await axe.run(element, { runOnly: tags });
      return result.violations.flatMap((v) =>
        v.nodes.map((n) => ({
          rule: v.id,
          impact: v.impact as 'critical' | 'serious' | 'moderate' | 'minor',
          target: n.target.join(' '),
        })),
      );
    },
    { scope: selector, tags },
  );
}

/**
 * The accessibility findings of the element `selector` that are serious or critical, each as
 * "rule: target".
 */
export async function seriousA11yFindings(page: Page, selector: string): Promise<string[]> {
  return (await a11yFindings(page, selector))
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map((f) => (f.rule === 'no-element' ? `no element ${f.target}` : `${f.rule}: ${f.target}`));
}
