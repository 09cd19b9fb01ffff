import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import analysisEn from '../../renderer/features/analysis/locales/en.json';
import analysisZh from '../../renderer/features/analysis/locales/zh-CN.json';
import importEn from '../../renderer/features/orders/import/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import zh from '../../renderer/i18n/locales/zh-CN.json';
import { newMachine, screenshot, seriousA11yFindings, serveApp } from './harness';
import { firstRun, go } from './steps';
import { superstoreExport } from './superstore-export';

// A manager opens Analysis on the sample office: revenue by month of the last twelve months in yuan, a
// breakdown switched from customers to products, the figures saved as a workbook of numbers (and the
// chart as a picture), and a forecast that says in words how it was made — in English and in Chinese,
// with nothing axe-core calls serious.

const A = analysisEn.analysisArea;
const Z = analysisZh.analysisArea;
let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

/** Press a save button and read the downloaded file. */
async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

async function workbookOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

/** The page from its top, once the "saved" notifications are gone (they would cover the charts). */
async function look(page: Page, name: string) {
  await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

/** Every data row's cells from the second row on, as values. */
const bodyOf = (sheet: ExcelJS.Worksheet) =>
  Array.from({ length: sheet.rowCount - 1 }, (_, i) => {
    const row = sheet.getRow(i + 2);
    return Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1));
  });

describe('analysis of the sample office', () => {
  it('shows revenue by month and by product, saves its figures as numbers, and says how it forecasts', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await firstRun(page, server.url, 'Front desk', 'FD', true);
      await page.locator('nav a[data-area="analysis"]').click();
      await page.waitForURL(/#\/analysis$/);
      await page.getByRole('heading', { level: 1, name: en.nav.analysis }).waitFor();

      // Twelve months of revenue, each in yuan.
      const months = page.getByRole('table', { name: A.byMonth });
      await months.locator('tbody tr').first().waitFor({ state: 'attached' });
      expect(await months.locator('tbody tr').count()).toBe(12);
      const values = await months.locator('tbody td:last-child').allTextContents();
      expect(values.every((v) => v.startsWith('CN¥'))).toBe(true);
      expect(values.filter((v) => v !== 'CN¥0.00').length).toBeGreaterThan(6);
      const forecast = page.getByTestId('forecast-sentence');
      expect(await forecast.textContent()).toMatch(
        /^Method: .+ Tested on the past \d+ months, it was off by CN¥/,
      );
      await look(page, 'en-analysis-sample');

      // The month chart's workbook: months as dates, orders and revenue as numbers adding up to the total.
      const monthBook = await download(page, 'revenue-by-month-xlsx');
      expect(monthBook.name).toMatch(/^Revenue by month \d{4}-\d{2}-\d{2}\.xlsx$/);
      const monthRows = bodyOf(await workbookOf(monthBook.bytes));
      expect(monthRows).toHaveLength(12);
      for (const [month, orders, revenue] of monthRows) {
        expect(month?.value).toBeInstanceOf(Date);
        expect(typeof orders?.value).toBe('number');
        expect(typeof revenue?.value).toBe('number');
        expect(revenue?.numFmt).toContain('CNY');
      }
      const total = Number(
        ((await page.getByTestId('analysis-revenue').textContent()) ?? '').replace(/[^\d.]/g, ''),
      );
      const summed = monthRows.reduce((sum, row) => sum + Number(row[2]?.value), 0);
      expect(summed).toBeCloseTo(total, 2);

      const picture = await download(page, 'revenue-by-month-png');
      expect(picture.name).toMatch(/\.png$/);
      expect(picture.bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(picture.bytes.length).toBeGreaterThan(5_000);

      // Break the revenue down by product instead of customer: ten products by name and the others.
      const breakdown = page.getByTestId('revenue-breakdown');
      await breakdown.getByTestId('breakdown-kind').getByText(A.by.product, { exact: true }).click();
      await breakdown.getByRole('heading', { name: A.breakdownTitle.product }).waitFor();
      const products = page.getByRole('table', { name: A.breakdownTitle.product });
      expect(await products.locator('tbody tr').count()).toBe(11);
      // The rest of the products are one sentence, not a bar that would flatten the ten.
      expect(await breakdown.getByTestId('breakdown-others').textContent()).toMatch(
        /^The chart shows the 10 largest; the other \d+ add up to CN¥[\d,.]+ \([\d.]+% of revenue\)\.$/,
      );
      const productBook = bodyOf(await workbookOf((await download(page, 'revenue-breakdown-xlsx')).bytes));
      expect(productBook).toHaveLength(11);
      for (const [name, lines, revenue] of productBook) {
        expect(typeof name?.value).toBe('string');
        expect(Number.isInteger(lines?.value)).toBe(true);
        expect(typeof revenue?.value).toBe('number');
      }
      await breakdown.getByTestId('breakdown-kind').getByText(A.by.region, { exact: true }).click();
      await breakdown.getByRole('heading', { name: A.breakdownTitle.region }).waitFor();
      await page.getByTestId('abc-table').waitFor();
      expect(await page.getByTestId('abc-table').locator('tbody tr').count()).toBe(3);
      await look(page, 'en-analysis-regions');
      expect(await seriousA11yFindings(page, 'main')).toEqual([]);

      // The same page in Chinese.
      await go(page, 'settings');
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: zh.nav.settings }).waitFor();
      await go(page, 'analysis');
      await page.getByRole('heading', { level: 1, name: zh.nav.analysis }).waitFor();
      await page
        .getByRole('table', { name: Z.byMonth })
        .locator('tbody tr')
        .first()
        .waitFor({ state: 'attached' });
      expect(await page.getByTestId('forecast-sentence').textContent()).toMatch(
        /^方法：.+用过去 \d+ 个月回测/,
      );
      await page.getByTestId('analysis-period').getByText(Z.periods.all, { exact: true }).click();
      await page
        .getByRole('table', { name: Z.byMonth })
        .locator('tbody tr')
        .nth(12)
        .waitFor({ state: 'attached' });
      await look(page, 'zh-CN-analysis-all');
      expect(await seriousA11yFindings(page, 'main')).toEqual([]);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });

  it('keeps yuan and dollars apart, and adds them up only at the rate the manager sets', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    const path = join(mkdtempSync(join(tmpdir(), 'salesdesk-analysis-')), 'us-orders.csv');
    writeFileSync(path, superstoreExport(200).csv);
    try {
      // The sample office sells in yuan; a US export goes in as dollars.
      await firstRun(page, server.url, 'Front desk', 'FD', true);
      await go(page, 'orders');
      await page.getByTestId('import-orders').click();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('import-pick-file').click(),
      ]);
      await chooser.setFiles(path);
      await page.getByTestId('import-file-ok').waitFor();
      await page.getByTestId('import-to-mapping').click();
      await page.getByTestId('mapping-preview').waitFor();
      await page.getByTestId('file-currency').click();
      await page.getByRole('option', { name: 'USD · US Dollar' }).click();
      if ((await page.getByTestId('mapping-date-order').count()) > 0)
        await page.getByTestId('mapping-date-order').getByLabel(importEn.ordersImport.mapping.mdy).check();
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('dry-run-stats').waitFor({ timeout: 60_000 });
      await page.getByTestId('import-apply').click();
      await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
      await page.getByTestId('import-close').click();

      await go(page, 'analysis');
      const revenue = async () =>
        Number(((await page.getByTestId('analysis-revenue').textContent()) ?? '').replace(/[^\d.]/g, ''));
      await page.getByTestId('analysis-revenue').waitFor();
      const lastTwelveMonths = await revenue();
      await page.getByTestId('analysis-period').getByText(A.periods.all, { exact: true }).click();
      // The figures of the whole history replace the last twelve months' before they are read.
      await expect.poll(revenue).not.toBe(lastTwelveMonths);
      const currency = page.getByTestId('analysis-currency');
      await currency.waitFor();
      expect(await currency.locator('label').allTextContents()).toEqual(['CNY', 'USD']);
      expect(await page.getByTestId('currencies-apart').textContent()).toContain(
        'set a rate for USD at the bottom of the page',
      );
      const yuan = await revenue();
      await currency.getByText('USD', { exact: true }).click();
      await expect
        .poll(async () => (await page.getByTestId('analysis-revenue').textContent()) ?? '')
        .toMatch(/\$/);
      const dollars = await revenue();
      const values = await page
        .getByRole('table', { name: A.byMonth })
        .locator('tbody td:last-child')
        .allTextContents();
      expect(values.every((v) => v.startsWith('$'))).toBe(true);

      // 1 USD = 7.10 CNY: a view with everything in yuan appears, and says at which rate.
      const rates = page.getByTestId('analysis-rates');
      await rates.getByLabel(A.rates.rate.replace('{{from}}', 'USD').replace('{{to}}', 'CNY')).fill('7.1');
      await rates.getByRole('button', { name: A.rates.save }).click();
      await currency.getByText(A.convertedOption.replace('{{currency}}', 'CNY'), { exact: true }).click();
      expect(await page.getByTestId('converted-note').textContent()).toBe(
        'Converted to CNY at the rates you set: 1 USD = 7.1 CNY.',
      );
      // Each month's dollars are converted on their own, then added: within a fen a month of the total.
      // Polled: the figure shown the moment after the click may still be the yuan view's.
      await expect.poll(async () => Math.abs((await revenue()) - (yuan + dollars * 7.1))).toBeLessThan(0.5);
      await look(page, 'en-analysis-converted');
      expect(await seriousA11yFindings(page, 'main')).toEqual([]);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
