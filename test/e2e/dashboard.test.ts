import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dashboardEn from '../../renderer/features/dashboard/locales/en.json';
import ordersEn from '../../renderer/features/orders/locales/en.json';
import sharingEn from '../../renderer/features/sharing/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import { newMachine, screenshot, serveApp } from './harness';
import { firstRun, go } from './steps';

// What a new office manager sees in the first hour on the sample office: the dashboard says what is
// overdue and due today and how the open work is spread over the team, each figure opening that view of
// the queue; areas not built yet say what they will hold; the export offers only areas that hold data.

const D = dashboardEn.dashboardArea;
const V = ordersEn.ordersArea.views;
let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

const figure = async (page: Page, testId: string) =>
  Number(((await page.getByTestId(testId).locator('p').last().textContent()) ?? '').replace(/\D/g, ''));
const queueCount = async (page: Page) => {
  await page.getByTestId('queue-list').or(page.getByText(ordersEn.ordersArea.noneInView)).first().waitFor();
  return Number(((await page.getByTestId('queue-count').textContent()) ?? '').replace(/\D/g, ''));
};

describe('the dashboard of the sample office', () => {
  it('shows overdue, due today and open orders per person, each opening that view of the queue', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await firstRun(page, server.url, 'Front desk', 'FD', true);
      await page.getByTestId('people-load').waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'en-dashboard-sample');

      const overdue = await figure(page, 'stat-overdue');
      expect(overdue).toBeGreaterThan(0);
      await page.getByTestId('stat-overdue').click();
      await page.waitForURL(/#\/orders$/);
      expect(await page.getByTestId('queue-view').inputValue()).toBe(V.overdue);
      await expect.poll(() => queueCount(page)).toBe(overdue);

      await go(page, 'dashboard');
      const dueToday = await figure(page, 'stat-due-today');
      await page.getByTestId('stat-due-today').click();
      await page.waitForURL(/#\/orders$/);
      expect(await page.getByTestId('queue-view').inputValue()).toBe(V.dueToday);
      await expect.poll(() => queueCount(page)).toBe(dueToday);

      // The busiest person: their open orders, in the queue's "assigned to" view.
      await go(page, 'dashboard');
      const first = page.getByTestId('people-load').locator('tbody tr').first();
      const name = (await first.getByRole('link').textContent()) ?? '';
      const open = Number(
        ((await first.locator('[data-count="open"]').textContent()) ?? '').replace(/\D/g, ''),
      );
      expect(open).toBeGreaterThan(0);
      await first.getByRole('link').click();
      await page.waitForURL(/#\/orders$/);
      expect(await page.getByTestId('queue-view').inputValue()).toBe(V.mine);
      expect(await page.getByTestId('queue-assignee').inputValue()).toBe(name);
      await expect.poll(() => queueCount(page)).toBe(open);

      // The stage chart holds open stages only, and they add up to the open orders.
      await go(page, 'dashboard');
      const stages = page.getByRole('table', { name: D.byStage });
      await stages.locator('tbody tr').first().waitFor({ state: 'attached' });
      const stageNames = await stages.locator('tbody th').allTextContents();
      expect(stageNames).not.toContain(en.status.completed);
      expect(stageNames).not.toContain(en.status.cancelled);
      expect(stageNames).not.toContain(en.status.draft);
      const counts = (await stages.locator('tbody td').allTextContents()).map((c) =>
        Number(c.replace(/\D/g, '')),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(await figure(page, 'stat-open'));
      // The month values carry the currency.
      const values = await page
        .getByRole('table', { name: D.byMonth.replace('{{currency}}', 'CNY') })
        .locator('tbody td')
        .allTextContents();
      expect(values.every((v) => v.startsWith('CN¥'))).toBe(true);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });

  it('areas not built yet say what they will hold and offer no step; the export offers no empty area', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await firstRun(page, server.url, 'Front desk', 'FD', true);
      for (const area of ['training', 'reviews', 'routines'] as const) {
        await go(page, area);
        const planned = page.getByTestId('planned-area');
        await planned.waitFor();
        expect(await planned.textContent()).toContain(en.areas[area].plannedBody);
        expect(await page.locator('main button, main a').count()).toBe(0);
        await screenshot(page, `en-planned-${area}`);
      }
      await go(page, 'sharing');
      await page.getByTestId('export-package').waitFor();
      expect(await page.getByText(sharingEn.sharingArea.export.confidential).count()).toBe(0);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
