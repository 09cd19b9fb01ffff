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
// the queue; areas not built yet say what they will hold; the export leaves confidential areas out by default.

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
      const name = (await first.getByRole('link').first().textContent()) ?? '';
      const open = Number(
        ((await first.locator('[data-count="open"]').textContent()) ?? '').replace(/\D/g, ''),
      );
      expect(open).toBeGreaterThan(0);
      await first.getByRole('link').first().click();
      await page.waitForURL(/#\/orders$/);
      expect(await page.getByTestId('queue-view').inputValue()).toBe(V.mine);
      expect(await page.getByTestId('queue-assignee').inputValue()).toBe(name);
      await expect.poll(() => queueCount(page)).toBe(open);

      // …their overdue ones, and what they completed this month.
      await go(page, 'dashboard');
      const row = page.getByTestId('people-load').locator(`tr[data-person="${name}"]`);
      const personOverdue = Number(
        ((await row.locator('[data-count="overdue"]').textContent()) ?? '').replace(/\D/g, ''),
      );
      if (personOverdue > 0) {
        await row.locator('[data-count="overdue"] a').click();
        await page.waitForURL(/#\/orders$/);
        expect(await page.getByTestId('queue-overdue-only').isChecked()).toBe(true);
        await expect.poll(() => queueCount(page)).toBe(personOverdue);
        await go(page, 'dashboard');
      }
      const busiest = page
        .getByTestId('people-load')
        .locator('tbody tr')
        .filter({ has: page.locator('[data-count="completed"] a') })
        .first();
      const personCompleted = Number(
        ((await busiest.locator('[data-count="completed"]').textContent()) ?? '').replace(/\D/g, ''),
      );
      const completer = (await busiest.getByRole('link').first().textContent()) ?? '';
      await busiest.locator('[data-count="completed"] a').click();
      await page.waitForURL(/#\/orders$/);
      expect(await page.getByTestId('queue-view').inputValue()).toContain(completer);
      await expect.poll(() => queueCount(page)).toBe(personCompleted);

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
      await screenshot(page, 'en-dashboard-stages');

      // Every figure of the period opens the orders behind it: the last 90 days' receipts, completions,
      // shipments (behind the processing time) and late shipments (behind the on-time rate).
      const periodFigure = async (testId: string) => {
        await go(page, 'dashboard');
        const range = page.getByTestId('period-range');
        const month = await range.textContent();
        await page.getByText(D.periods.last90).click();
        await expect.poll(() => range.textContent()).not.toBe(month);
        return figure(page, testId);
      };
      const opened = async (testId: string, label: string) => {
        await page.getByTestId(testId).click();
        await page.waitForURL(/#\/orders$/);
        expect(await page.getByTestId('queue-view').inputValue()).toMatch(
          new RegExp(`^${label.split('{{')[0]}`),
        );
        return queueCount(page);
      };
      const received = await periodFigure('stat-received');
      expect(received).toBeGreaterThan(0);
      expect(await opened('stat-received', V.milestone.received)).toBe(received);
      await screenshot(page, 'en-orders-received-in-period');
      const completed = await periodFigure('stat-completed');
      expect(await opened('stat-completed', V.milestone.completed)).toBe(completed);
      await periodFigure('stat-processing');
      const shipped = await opened('stat-processing', V.milestone.shipped);
      expect(shipped).toBeGreaterThan(0);
      await periodFigure('stat-on-time');
      const rate = ((await page.getByTestId('stat-on-time').locator('p').last().textContent()) ?? '').trim();
      const late = await opened('stat-on-time', V.milestone.late);
      expect(late > 0, rate).toBe(rate !== '100%');
      expect(late).toBeLessThan(shipped);
      const total = await periodFigure('stat-total');
      expect(await opened('stat-total', V.all)).toBe(total);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });

  it('the export leaves confidential areas out unless ticked', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await firstRun(page, server.url, 'Front desk', 'FD', true);
      await go(page, 'sharing');
      await page.getByTestId('export-package').waitFor();
      // Reviews, feedback and rewards are confidential: offered, never ticked for the manager.
      const confidential = page.getByRole('checkbox', { name: sharingEn.sharingArea.export.confidential });
      expect(await confidential.isChecked()).toBe(false);
      expect(await page.getByText(sharingEn.sharingArea.export.confidentialHint).count()).toBe(1);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
