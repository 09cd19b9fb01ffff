import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exportEn from '../../renderer/features/orders/export/locales/en.json';
import importEn from '../../renderer/features/orders/import/locales/en.json';
import ordersEn from '../../renderer/features/orders/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import { newMachine, screenshot, serveApp } from './harness';
import { firstRun, go } from './steps';
import { type SuperstoreFile, superstoreExport } from './superstore-export';

// A real-sized US sales export goes in whole, in real Chromium: 5,200 lines of about 2,600 orders in
// dollars, amounts with 3–4 decimals, fraction discounts, unknown segments and codes with two names,
// into a yuan office. The person says the file is in US dollars; the dry run shows the money the file
// implies; the import stores every order; the view exported to Excel adds up, as numbers, to the
// file's own sum to the cent; and the import is reverted.

const L = importEn.ordersImport;
const E = exportEn.ordersExport;
let server: Awaited<ReturnType<typeof serveApp>>;
let file: SuperstoreFile;
let path: string;

const usd = (cents: bigint) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(cents) / 100);
const count = (n: number) => new Intl.NumberFormat('en-US').format(n);

beforeAll(async () => {
  server = await serveApp();
  file = superstoreExport(5_200);
  path = join(mkdtempSync(join(tmpdir(), 'salesdesk-superstore-')), 'Sample - Superstore.csv');
  writeFileSync(path, file.csv);
});
afterAll(async () => {
  await server?.close();
});

async function pickFile(page: Page) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('import-pick-file').click(),
  ]);
  await chooser.setFiles(path);
}

async function queueCount(page: Page) {
  return (await page.getByTestId('queue-count').textContent()) ?? '';
}

describe('a 5,000-line export from another system', () => {
  it('imports whole and exact, exports to Excel as numbers that add up to the file, and reverts', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await firstRun(page, server.url, 'Import desk', 'US', false);
      await go(page, 'orders');
      await page.getByTestId('import-orders').click();
      const wizard = page.getByRole('dialog', { name: L.title });
      await wizard.waitFor();
      await pickFile(page);
      await page
        .getByTestId('import-file-ok')
        .getByText(new RegExp(`${count(file.lines)} rows`))
        .waitFor();
      await page.getByTestId('import-to-mapping').click();
      await page.getByTestId('mapping-preview').waitFor();

      // The English headers are matched; the discount column is read as fractions.
      expect(await page.getByTestId('mapping-orderNumber').inputValue()).toBe('Order ID (column B)');
      expect(await page.getByTestId('mapping-amount').inputValue()).toBe('Sales (column O)');
      expect(await page.getByTestId('mapping-discount').inputValue()).toBe('Discount (column Q)');
      await expect
        .poll(() =>
          page.getByTestId('mapping-discount-kind').getByLabel(L.mapping.discountFraction).isChecked(),
        )
        .toBe(true);

      // Segments the office does not have: "Corporate" becomes a key account, the others are left.
      const segments = page.getByTestId('segment-values');
      await segments.getByText('Home Office').waitFor();
      await segments.getByLabel('Segment for “Corporate”').click();
      await page.getByRole('option', { name: en.segment.key }).click();

      // The amounts carry no currency mark, so the office's currency is shown: the person says USD.
      const currency = page.getByTestId('file-currency');
      expect(await currency.inputValue()).toBe('CNY · Chinese Yuan');
      // It opens on the whole list, the common currencies first.
      await currency.click();
      await page.getByRole('option', { name: 'USD · US Dollar' }).click();
      // A file in another currency carries none of the office's VAT unless the person says so.
      const tax = page.getByTestId('file-tax');
      await expect.poll(() => tax.getByLabel(L.mapping.taxModes.none).isChecked()).toBe(true);
      if ((await page.getByTestId('mapping-date-order').count()) > 0)
        await page.getByTestId('mapping-date-order').getByLabel(L.mapping.mdy).check();
      await screenshot(page, 'en-import-usd-2-mapping');

      // The dry run: every row goes in, rounded amounts are reported, the money is the file's.
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('dry-run-stats').waitFor({ timeout: 60_000 });
      await screenshot(page, 'en-import-usd-3-dry-run-top');
      expect(await page.getByTestId('dry-run-rejected').textContent()).toBe('0');
      expect(await page.getByTestId('dry-run-orders').textContent()).toBe(count(file.orders));
      expect(await page.getByTestId('dry-run-lines').textContent()).toBe(count(file.lines));
      expect(await page.getByTestId('dry-run-subtotal-USD').textContent()).toBe(usd(file.salesCents));
      expect(await page.getByTestId('dry-run-total-USD').textContent()).toBe(usd(file.salesCents));
      expect(await page.getByTestId('dry-run-rounded').textContent()).toMatch(/Amounts rounded .*: [\d,]+;/);
      await page.getByTestId('same-code-products').waitFor();
      expect(await page.getByTestId('dry-run-unpriced').textContent()).toMatch(
        /^[\d,]+ new products get no catalogue price/,
      );
      await screenshot(page, 'en-import-usd-3-dry-run');

      await page.getByTestId('import-apply').click();
      await page
        .locator('[data-testid="import-result"], [data-testid="import-stopped"]')
        .first()
        .waitFor({ timeout: 150_000 });
      expect(await page.getByTestId('import-result').textContent()).toContain(
        `Imported ${count(file.orders)} orders (${count(file.lines)} lines)`,
      );
      await page.getByTestId('import-close').click();
      await wizard.waitFor({ state: 'detached' });
      await page.getByTestId('queue-list').locator('[data-order]').first().waitFor();
      expect(await queueCount(page)).toContain(count(file.orders));
      await screenshot(page, 'en-import-usd-4-queue');

      // The view to Excel: subtotal and total are numbers, in USD, and add up to the file to the cent.
      await page.getByTestId('export-orders').click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByTestId('export-xlsx').click(),
      ]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync((await download.path()) as string) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const column = (name: string) => header.indexOf(name) + 1;
      let subtotal = 0n;
      let total = 0n;
      let rows = 0;
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        rows++;
        const sub = row.getCell(column(E.columns.subtotal)).value;
        const tot = row.getCell(column(E.columns.total)).value;
        expect(typeof sub).toBe('number');
        expect(typeof tot).toBe('number');
        expect(row.getCell(column(E.columns.currency)).value).toBe('USD');
        subtotal += BigInt(Math.round((sub as number) * 100));
        total += BigInt(Math.round((tot as number) * 100));
      });
      expect(rows).toBe(file.orders);
      expect(subtotal).toBe(file.salesCents);
      expect(total).toBe(file.salesCents);

      // Revert: every imported order is gone.
      await page.getByTestId('import-orders').click();
      await wizard.waitFor();
      await page.getByTestId('past-imports').getByText('Sample - Superstore.csv').waitFor();
      await page.getByTestId('past-revert').click();
      await page.getByTestId('confirm-revert').click();
      await page
        .getByText(new RegExp(`^Import reverted: ${count(file.orders)} orders`))
        .waitFor({ timeout: 150_000 });
      await page.keyboard.press('Escape');
      await wizard.waitFor({ state: 'detached' });
      await page.getByText(ordersEn.ordersArea.noneInView).waitFor();
      expect(await queueCount(page)).toContain('0');
      expect(machine.errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'en-import-usd-failure');
      throw error;
    } finally {
      await machine.close();
    }
  }, 420_000);
});
