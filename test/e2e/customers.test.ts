import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOfficeSeed } from '../../renderer/db/sample-loader';
import zhArea from '../../renderer/features/customers-products/locales/zh-CN.json';
import zhCore from '../../renderer/i18n/locales/zh-CN.json';
import zhUi from '../../renderer/ui/locales/zh-CN.json';
import { generateOffice } from '../../shared/sample';
import { newMachine, screenshot, serveApp } from './harness';

// Customers & Products end to end, in Chinese as the office manager uses it: find a sample customer
// by pinyin initials, create a customer, edit it, delete it and restore it from the deleted list.

const zh = { ...zhCore, ...zhArea };
const area = zh.customersArea;
let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

describe('customers and products in Chinese', () => {
  it('finds by pinyin initials, creates, edits, deletes and restores a customer', async () => {
    const machine = await newMachine('zh-CN');
    const { page } = machine;
    try {
      await page.goto(server.url);
      await page.getByLabel(zh.firstRun.machineName).fill('内勤二号机');
      await page.getByLabel(zh.firstRun.orderPrefix).fill('KH');
      await page.getByRole('button', { name: zh.firstRun.loadSample }).click();
      await page.locator('[data-testid="stat-total"]').waitFor({ timeout: 120_000 });

      await page.locator('nav a[data-area="customers"]').click();
      await page.waitForURL(/#\/customers$/);
      const table = page.getByTestId('customers-table');
      await table.locator('tr[data-code="C0001"]').waitFor();
      expect(await page.locator('main h1').first().textContent()).toBe(zh.nav.customers);
      // The search box has the focus: typing goes straight into it.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'customers-search',
      );
      await screenshot(page, 'zh-CN-customers-list');

      // The sample office is generated from a fixed seed: its first customer is known.
      const office = generateOffice({ seed: sampleOfficeSeed, language: 'zh-CN', asOf: new Date() });
      const first = office.customers[0]?.input.name ?? '';
      const { pinyin } = await import('pinyin-pro');
      const initials = pinyin(first.slice(0, 4), { pattern: 'first', toneType: 'none', type: 'array' }).join(
        '',
      );
      await page.keyboard.type(initials);
      await table.locator('tr[data-code="C0001"]').waitFor();
      await page
        .getByTestId('customers-count')
        .filter({ hasText: /匹配 \d+ 条/ })
        .waitFor();
      const found = await table.locator('tbody tr[data-code]').count();
      expect(found).toBeGreaterThan(0);
      expect(found).toBeLessThan(200);
      for (const name of await table.locator('tbody tr[data-code] td:nth-child(2)').allTextContents()) {
        expect(name).toContain(first.slice(0, 2));
      }
      await screenshot(page, 'zh-CN-customers-pinyin-search');

      // Create: keyboard from the search box, Enter saves.
      await page.getByTestId('new-customer').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(zh.customers.code).fill('KH9001');
      await dialog.getByLabel(zh.customers.name, { exact: false }).first().fill('北京华信科技有限公司');
      await dialog.getByLabel(area.fields.contact).fill('王芳');
      await dialog.getByLabel(area.fields.phone).fill('13800001234');
      await dialog.getByPlaceholder(area.fields.tagsPlaceholder).fill('月结');
      await page.keyboard.press('Enter');
      await dialog.getByLabel(zh.customers.region).fill('华北');
      await dialog.getByLabel(zh.customers.creditLimit).fill('88000.5');
      await page.waitForTimeout(300);
      await screenshot(page, 'zh-CN-customer-new');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(area.form.created.replace('{{name}}', '北京华信科技有限公司')).waitFor();

      const search = page.getByTestId('customers-search');
      await search.fill('bjhx');
      const row = table.locator('tr[data-code="KH9001"]');
      await row.waitFor();
      expect(await row.textContent()).toContain('¥88,000.50');

      // Edit: row click opens the form with the stored values.
      await row.click();
      expect(await dialog.getByLabel(zh.customers.creditLimit).inputValue()).toBe('88000.50');
      await dialog.getByLabel(zh.customers.creditLimit).fill('120000');
      await dialog.getByLabel(area.fields.contact).fill('李强');
      await dialog.getByRole('button', { name: zhUi.formActions.save }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.filter({ hasText: '¥120,000.00' }).waitFor();
      expect(await row.textContent()).toContain('李强');
      await screenshot(page, 'zh-CN-customer-edited');

      // Delete: asks first; the notification offers Undo; "Show deleted" lists it for restoring.
      await row
        .getByRole('button', { name: area.trash.delete.replace('{{name}}', '北京华信科技有限公司') })
        .click();
      await page.getByText(area.trash.confirmCustomerTitle).waitFor();
      await page.waitForTimeout(400); // the modal's opening transition
      await screenshot(page, 'zh-CN-customer-confirm-delete');
      await page.getByTestId('confirm-delete').click();
      await row.waitFor({ state: 'detached' });
      await page.getByTestId('undo-delete').waitFor();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.waitForTimeout(400);
      await screenshot(page, 'zh-CN-customer-deleted');

      await page.getByTestId('customers-show-deleted').check();
      await row.waitFor();
      await screenshot(page, 'zh-CN-customers-trash');
      await row.getByRole('button', { name: area.trash.restore }).click();
      await page.getByText(area.noMatch.replace('{{query}}', 'bjhx')).waitFor(); // the search still applies
      await page.getByTestId('customers-show-deleted').uncheck();
      await row.waitFor();
      expect(await row.textContent()).toContain('李强');

      // Products: the longer list is virtualised; pinyin search works there too.
      await page.getByRole('tab', { name: new RegExp(zh.customers.products) }).click();
      const products = page.getByTestId('products-table');
      await products.locator('tr[data-code="P0001"]').waitFor();
      const rendered = await products.locator('tbody tr[data-code]').count();
      expect(rendered).toBeLessThan(100); // of 300
      await screenshot(page, 'zh-CN-products-list');
      await products.locator('tr[data-code="P0002"]').click();
      await page.getByTestId('product-form').waitFor();
      await page.waitForTimeout(400);
      await screenshot(page, 'zh-CN-product-edit');
      await page.keyboard.press('Escape');
      await page.getByTestId('product-form').waitFor({ state: 'hidden' });

      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
