import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import importEn from '../../renderer/features/orders/import/locales/en.json';
import importZh from '../../renderer/features/orders/import/locales/zh-CN.json';
import en from '../../renderer/i18n/locales/en.json';
import zh from '../../renderer/i18n/locales/zh-CN.json';
import { openProfile } from '../support/office-profile.mjs';
import { a11yFindings, newMachine, screenshot, serveApp } from './harness';
import { firstRun } from './steps';

// An import cut off by the app's closing, in real Chromium on a profile kept on disk: the browser is
// closed while the import writes, then started again on the same profile and the same origin (IndexedDB
// and localStorage are per origin, port included). The next start says the import of that file did not
// finish and nothing of it was saved — and nothing of it was; the notice stays over another restart (in
// Chinese) until the user takes "Import again", which opens the import wizard. Then the same once more
// with the browser process killed right after the import began: the marker's copy in the database, on
// disk before the import wrote anything, still tells (localStorage alone reaches the disk seconds later).

let server: Awaited<ReturnType<typeof serveApp>>;
let dir: string;
let file: string;
const profiles: string[] = [];

beforeAll(async () => {
  server = await serveApp();
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-interrupted-'));
  // Big enough that the import is still writing when the window closes.
  file = join(dir, 'orders-march.csv');
  const lines = ['Order No,Customer,Product,Qty,Unit Price,Order Date'];
  for (let i = 1; i <= 20_000; i++)
    lines.push(
      `MAR-${i},Customer ${i % 500},Product ${i % 300},${(i % 9) + 1},${(i % 50) + 1}.50,2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    );
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
});
afterAll(async () => {
  await server?.close();
  for (const profile of [dir, ...profiles]) rmSync(profile, { recursive: true, force: true });
});

/** A start of the app: a new browser process on the profile, the page watched for errors. */
async function start(userDataDir: string, locale: 'en-US' | 'zh-CN') {
  const { context, page } = await openProfile(userDataDir, { locale });
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url);
  return { context, page, errors };
}

/** The next start on the profile, up to the notice of the work cut off. */
async function startToNotice(userDataDir: string, locale: 'en-US' | 'zh-CN') {
  const run = await start(userDataDir, locale);
  const notice = run.page.getByTestId('unfinished-work');
  await notice.waitFor();
  return { ...run, notice };
}

/** The notice as a person sees it: a screenshot, and no serious axe finding in it (nor, with `body`, under it). */
async function checkNotice(page: Page, name: string, { body = true } = {}) {
  await screenshot(page, name);
  expect(await seriousFindings(page, '[data-testid="unfinished-work"]')).toEqual([]);
  if (body) expect(await seriousFindings(page, 'body')).toEqual([]);
}

/** In the open import wizard: the file picked, its dry run, and the import started and writing. */
async function startImport(page: Page, progress: RegExp) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('import-pick-file').click(),
  ]);
  await chooser.setFiles(file);
  await page.getByTestId('import-to-mapping').click();
  await page.getByTestId('import-dry-run').click();
  await page.getByTestId('dry-run-stats').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('dry-run-orders').textContent()).toMatch(/^20,?000$/);
  await page.getByTestId('import-apply').click();
  await page.getByText(progress).waitFor();
  // Still writing.
  expect(await page.getByTestId('import-result').count()).toBe(0);
}

/** Today's date as the notice writes it in `locale` (the browser runs in this machine's time zone). */
const today = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date());

async function seriousFindings(page: Page, selector: string) {
  return (await a11yFindings(page, selector))
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map((f) => `${f.rule}: ${f.target}`);
}

describe('work cut off by closing or killing the app', () => {
  it('is reported at the next start, naming the file, and nothing of it was saved', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'salesdesk-profile-'));
    profiles.push(userDataDir);
    const L = importEn.ordersImport;

    // First start: a new machine; the import of a big file is started, and the window closed while it writes.
    let run: { context: BrowserContext; page: Page; errors: string[] } = await start(userDataDir, 'en-US');
    let { page } = run;
    try {
      await firstRun(page, server.url, 'Front desk', 'FD', false);
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByTestId('import-orders').click();
      await page.getByRole('dialog', { name: L.title }).waitFor();
      // The window is closed while it writes.
      await startImport(page, /Importing… [1-9][\d,]* of 20,800/);
      expect(run.errors).toEqual([]);
      await run.context.close();

      // Second start on the same profile and origin: the notice names the file and when it started.
      run = await startToNotice(userDataDir, 'en-US');
      ({ page } = run);
      let notice = page.getByTestId('unfinished-work');
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain(en.unfinished.title);
      expect(text).toContain(
        'The import of orders-march.csv did not finish; nothing from it was saved. Import again?',
      );
      expect(text).toMatch(new RegExp(`Started ${today('en-US')}, \\d{1,2}:\\d{2}\\s[AP]M\\.`));
      await checkNotice(page, 'en-interrupted-import-notice');
      // Nothing of the file is in the office: the orders area is empty, and the notice stays over the pages.
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByText(en.areas.orders.emptyTitle).waitFor();
      expect(await page.getByTestId('import-orders').count()).toBe(1);
      expect(await notice.count()).toBe(1);
      expect(run.errors).toEqual([]);
      await run.context.close();

      // Third start, the system now in Chinese: the notice is still there until the user acts on it.
      run = await startToNotice(userDataDir, 'zh-CN');
      ({ page } = run);
      notice = page.getByTestId('unfinished-work');
      const zhText = (await notice.textContent()) ?? '';
      expect(zhText).toContain(zh.unfinished.title);
      expect(zhText).toContain('orders-march.csv 的导入没有完成，其中的内容一条也没有保存。要重新导入吗？');
      expect(zhText).toContain(`开始于 ${today('zh-CN')}`);
      await checkNotice(page, 'zh-interrupted-import-notice');

      // "Import again" opens the import wizard at its first step; the notice is gone, for good.
      await notice.getByRole('link', { name: zh.unfinished.importAgain }).click();
      await page.getByRole('dialog', { name: importZh.ordersImport.title }).waitFor();
      expect(await page.getByTestId('import-pick-file').count()).toBe(1);
      expect(await notice.count()).toBe(0);
      await page.reload();
      await page.getByText(zh.areas.orders.emptyTitle).waitFor();
      expect(await notice.count()).toBe(0);

      // Imported again, and this time the app is killed (its whole browser process, at once, as a power cut
      // or the task manager would) right after the import started writing.
      await page.getByTestId('import-orders').click();
      await page.getByRole('dialog', { name: importZh.ordersImport.title }).waitFor();
      await startImport(page, /正在导入… [1-9][\d,]* \/ 20,800/);
      expect(run.errors).toEqual([]);
      const browserPid = execSync(`pgrep -o -f -- "--user-data-dir=${userDataDir}"`).toString().trim();
      process.kill(Number(browserPid), 'SIGKILL');
      await run.context.close().catch(() => {});

      // Fourth start: said again; dismissed, it is gone for good, and nothing of the file is in the office.
      run = await startToNotice(userDataDir, 'zh-CN');
      ({ page } = run);
      notice = page.getByTestId('unfinished-work');
      expect(await notice.textContent()).toContain('orders-march.csv 的导入没有完成');
      await notice.getByRole('button', { name: zh.unfinished.dismiss }).click();
      expect(await notice.count()).toBe(0);
      await page.reload();
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByText(zh.areas.orders.emptyTitle).waitFor();
      expect(await notice.count()).toBe(0);
      expect(run.errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'interrupted-import-failure').catch(() => {});
      throw error;
    } finally {
      await run.context.close().catch(() => {});
    }
  });

  it('a sample office load cut off says part of it was kept', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'salesdesk-profile-'));
    profiles.push(userDataDir);
    let run = await start(userDataDir, 'en-US');
    let { page } = run;
    try {
      // First start with the sample office; the window is closed while the sample's orders are written.
      await page.getByLabel(en.firstRun.machineName).fill('Trial PC');
      await page.getByLabel(en.firstRun.orderPrefix).fill('TR');
      await page.getByRole('button', { name: en.firstRun.loadSample }).click();
      await page.getByText(/Loading the sample office… ([2-8]\d)%/).waitFor();
      expect(run.errors).toEqual([]);
      await run.context.close();

      run = await startToNotice(userDataDir, 'en-US');
      ({ page } = run);
      const notice = page.getByTestId('unfinished-work');
      expect(await notice.textContent()).toContain(
        'Loading the sample office did not finish, and part of it was saved',
      );
      expect(await notice.getByRole('link').count()).toBe(0);
      await checkNotice(page, 'en-interrupted-sample-notice', { body: false });
      // Part of it indeed: some of the sample's 3,000 orders, not all.
      const total = page.getByTestId('stat-total');
      await total.waitFor();
      const kept = Number((await total.textContent())?.replace(/\D/g, ''));
      console.log(`sample cut off: ${kept} of 3,000 orders kept`);
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(3000);
      await notice.getByRole('button', { name: en.unfinished.dismiss }).click();
      expect(await notice.count()).toBe(0);
      expect(run.errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'interrupted-sample-failure').catch(() => {});
      throw error;
    } finally {
      await run.context.close().catch(() => {});
    }
  });

  it('a package merge cut off is reported, and "Import again" leads to the Sharing import', async () => {
    // The package: a whole office (the sample) exported on another machine.
    const head = await newMachine('en-US');
    let packagePath: string;
    try {
      await firstRun(head.page, server.url, 'Head office', 'HO', true);
      await head.page.locator('nav a[data-area="sharing"]').click();
      await head.page.getByTestId('export-what-all').check();
      const [download] = await Promise.all([
        head.page.waitForEvent('download'),
        head.page.getByTestId('export-package').click(),
      ]);
      packagePath = join(dir, 'head-office-whole.sdpkg');
      await download.saveAs(packagePath);
    } finally {
      await head.close();
    }

    const userDataDir = mkdtempSync(join(tmpdir(), 'salesdesk-profile-'));
    profiles.push(userDataDir);
    let run = await start(userDataDir, 'en-US');
    let { page } = run;
    try {
      await firstRun(page, server.url, 'Branch', 'BR', false);
      await page.locator('nav a[data-area="sharing"]').click();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('import-package').click(),
      ]);
      await chooser.setFiles(packagePath);
      await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
      await page.getByTestId('import-apply').click();
      // Merging: the window is closed while it writes.
      await page
        .getByTestId('import-progress')
        .getByText(/Importing… [1-9][\d,]* of /)
        .waitFor();
      expect(run.errors).toEqual([]);
      await run.context.close();

      run = await startToNotice(userDataDir, 'en-US');
      ({ page } = run);
      const notice = page.getByTestId('unfinished-work');
      expect(await notice.textContent()).toContain(
        'The import of head-office-whole.sdpkg did not finish; nothing from it was saved. Import again?',
      );
      // Nothing of it is here: the dashboard is as empty as before.
      await page.getByText(en.areas.dashboard.emptyTitle).waitFor();
      await notice.getByRole('link', { name: en.unfinished.importAgain }).click();
      await page.waitForURL(/#\/sharing$/);
      // The Sharing import's button has the focus: Enter picks the file again.
      await page.getByTestId('import-package').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'import-package',
      );
      expect(await notice.count()).toBe(0);
      expect(run.errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'interrupted-merge-failure').catch(() => {});
      throw error;
    } finally {
      await run.context.close().catch(() => {});
    }
  });
});
