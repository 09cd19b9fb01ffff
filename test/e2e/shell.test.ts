import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zhTeam from '../../renderer/features/team/locales/zh-CN.json';
import en from '../../renderer/i18n/locales/en.json';
import zh from '../../renderer/i18n/locales/zh-CN.json';
import { type Machine, newMachine, screenshot, serveApp } from './harness';

// The app shell end to end: first run with the sample office, every area in both languages with no
// console errors, and the data still there after a reload — in real Chromium with real IndexedDB.

const areaIds = Object.keys(en.nav) as (keyof typeof en.nav)[];
let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

async function visitEveryArea(machine: Machine, labels: Record<string, string>, language: string) {
  const { page } = machine;
  for (const id of areaIds) {
    await page.locator(`nav a[data-area="${id}"]`).click();
    await page.waitForURL(new RegExp(`#/${id}$`));
    const label = labels[id] as string;
    await page
      .locator('main h1')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${language}-${id}`);
  }
}

describe('app shell', () => {
  it('first run loads the sample office; every area renders in en and zh-CN; data survives a reload', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await page.goto(server.url);
      await expect(page.getByRole('heading', { name: en.firstRun.title }).textContent()).resolves.toBe(
        en.firstRun.title,
      );
      await page.getByLabel(en.firstRun.machineName).fill('Front desk PC');
      await page.getByLabel(en.firstRun.orderPrefix).fill('FD');
      await screenshot(page, 'en-first-run');
      await page.getByRole('button', { name: en.firstRun.loadSample }).click();
      await page.locator('[data-testid="stat-total"]').waitFor({ timeout: 120_000 });
      const total = await page.locator('[data-testid="stat-total"]').textContent();
      expect(total).toContain('3,000');
      expect(await page.getByTestId('machine-badge').textContent()).toContain('FD');

      await visitEveryArea(machine, en.nav, 'en');

      // Switch language in Settings: the whole shell follows, and the choice is remembered.
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: zh.nav.settings }).waitFor();
      await visitEveryArea(machine, zh.nav, 'zh-CN');

      await page.reload();
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByTestId('queue-list').locator('[data-order]').first().waitFor();
      expect(await page.getByTestId('queue-list').locator('[data-order]').count()).toBeGreaterThan(10);
      expect(await page.locator('main h1').first().textContent()).toBe(zh.nav.orders);
      await page.locator('nav a[data-area="dashboard"]').click();
      expect(await page.getByTestId('stat-total').textContent()).toContain('3,000');

      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });

  it('a Chinese system starts in zh-CN; an empty office shows what to do first; Ctrl+K jumps to an area', async () => {
    const machine = await newMachine('zh-CN');
    const { page } = machine;
    try {
      await page.goto(server.url);
      await page.getByRole('heading', { name: zh.firstRun.title }).waitFor();
      await page.getByLabel(zh.firstRun.machineName).fill('前台电脑');
      await page.getByRole('button', { name: zh.firstRun.startEmpty }).click();
      await page.getByText(zh.areas.dashboard.emptyTitle).waitFor();
      await screenshot(page, 'zh-CN-empty-dashboard');

      await page.keyboard.press('Control+K');
      await page.getByPlaceholder(zh.palette.placeholder).fill('团队');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/team$/);
      await page.getByText(zh.areas.team.emptyTitle).waitFor();
      await screenshot(page, 'zh-CN-empty-team');

      // The empty team page leads to adding its first member.
      await page.getByRole('button', { name: zhTeam.teamArea.addFirstPerson }).click();
      await page.getByRole('button', { name: zhTeam.teamArea.staff.add }).click();

      // Ctrl+K opens the palette from any field, a select too.
      const form = page.getByRole('dialog', { name: zhTeam.teamArea.staff.newTitle });
      // Dates are YYYY-MM-DD here, not the browser's mm/dd/yyyy, with a calendar in Chinese.
      const start = form.getByLabel(zhTeam.teamArea.staff.startDate);
      expect(await start.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await start.click();
      await page.getByText(/^[一二三四五六七八九十]+月 \d{4}$/).waitFor();
      await page.waitForTimeout(300); // the calendar's fade-in, for the screenshot
      await screenshot(page, 'zh-CN-date-field');
      await form.getByLabel(zh.team.level).click();
      await page.keyboard.press('Control+K');
      await page.getByPlaceholder(zh.palette.placeholder).waitFor({ timeout: 3_000 });
      await screenshot(page, 'zh-CN-palette-from-select');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });

  it('a window holding an older version of the data blocks the upgrade with a clear message, then recovers', async () => {
    const machine = await newMachine('en-US');
    const { page, context } = machine;
    try {
      // Another "window" of an old app version holds the database open and will not let go.
      const holder = await context.newPage();
      // Any page of the origin that is not the app: it shares the app's IndexedDB.
      await holder.goto(`${server.url}favicon.svg`);
      await holder.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const request = indexedDB.open('salesdesk', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('legacy');
            request.onsuccess = () => {
              (window as unknown as { held: IDBDatabase }).held = request.result;
              resolve();
            };
          }),
      );
      await page.goto(server.url);
      await page.getByTestId('db-error').waitFor();
      expect(await page.getByTestId('db-error').textContent()).toContain(en.dbError.dataSafe);
      await screenshot(page, 'en-db-blocked');

      await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
      await page.getByRole('button', { name: en.dbError.retry }).click();
      await page.getByRole('heading', { name: en.firstRun.title }).waitFor();
    } finally {
      await machine.close();
    }
  });

  it('data written by a newer version is refused with a message, never a blank screen, and left as it was', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await page.goto(`${server.url}favicon.svg`);
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const request = indexedDB.open('salesdesk', 9_999_999_990);
            request.onupgradeneeded = () => request.result.createObjectStore('future').put('keep me', 'k');
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
          }),
      );
      await page.goto(server.url);
      await page.getByTestId('db-error').waitFor();
      expect(await page.getByTestId('db-error').textContent()).toContain(en.dbError.newer);
      const kept = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const request = indexedDB.open('salesdesk');
            request.onsuccess = () => {
              const get = request.result.transaction('future').objectStore('future').get('k');
              get.onsuccess = () => resolve(get.result as string);
            };
          }),
      );
      expect(kept).toBe('keep me');
    } finally {
      await machine.close();
    }
  });
});
