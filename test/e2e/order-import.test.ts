import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exportEn from '../../renderer/features/orders/export/locales/en.json';
import importEn from '../../renderer/features/orders/import/locales/en.json';
import importZh from '../../renderer/features/orders/import/locales/zh-CN.json';
import ordersEn from '../../renderer/features/orders/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import zh from '../../renderer/i18n/locales/zh-CN.json';
import { newMachine, screenshot, serveApp } from './harness';

// Import order lines end to end, in real Chromium with real IndexedDB: a GBK CSV with Chinese headers
// and two bad rows → mapping matched automatically → dry run listing the rejected rows → import →
// orders in the queue → revert → gone; then an .xlsx; then the queue view exported to XLSX and read back.

const fixtures = join(import.meta.dirname, '../fixtures/import');
const L = importEn.ordersImport;
const E = exportEn.ordersExport;
let server: Awaited<ReturnType<typeof serveApp>>;
let badFile: string;
let bigFile: string;

beforeAll(async () => {
  server = await serveApp();
  // Chinese Excel "CSV (逗号分隔)" (GBK): the good rows of gbk-orders.csv plus two bad ones.
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-import-'));
  badFile = join(dir, '销售订单-有错误.csv');
  const text = [
    '订单号,客户名称,产品名称,数量,单价,金额,订单日期',
    'SO-2026-001,北京华联商贸有限公司,A4复印纸（70g）,10,25.50,255.00,2026/11/28',
    'SO-2026-002,上海东方电子,墨盒 黑色,3,120.00,360.00,2026/11/28',
    'SO-2026-001,北京华联商贸有限公司,订书机,2,"1,080.00","2,160.00",2026/11/28',
    'SO-2026-003,广州白云文具店,中性笔（0.5mm）,100,1.20,120.00,2026/11/29',
    'SO-2026-004,杭州西湖贸易,办公椅,两把,350.00,700.00,2026/11/29',
    'SO-2026-005,成都天府商行,文件夹,12,2.50,30.00,2026/02/30',
  ].join('\r\n');
  writeFileSync(badFile, iconv.encode(`${text}\r\n`, 'gbk'));
  // Big enough that the import takes a moment: it is cancelled half way.
  bigFile = join(dir, 'big-export.csv');
  const lines = ['Order No,Customer,Product,Qty,Unit Price,Order Date'];
  for (let i = 1; i <= 20_000; i++)
    lines.push(
      `BIG-${i},Customer ${i % 500},Product ${i % 300},${(i % 9) + 1},${(i % 50) + 1}.50,2026-11-${String((i % 27) + 1).padStart(2, '0')}`,
    );
  writeFileSync(bigFile, `\uFEFF${lines.join('\r\n')}\r\n`);
});
afterAll(async () => {
  await server?.close();
});

async function pickFile(page: Page, path: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('import-pick-file').click(),
  ]);
  await chooser.setFiles(path);
}

/** Waits for the import to end; a stop (cancel or error) fails with its message. */
async function importOutcome(page: Page) {
  await page.locator('[data-testid="import-result"], [data-testid="import-stopped"]').first().waitFor();
  const stopped = page.getByTestId('import-stopped');
  if ((await stopped.count()) > 0) throw new Error(`import stopped: ${await stopped.textContent()}`);
  return (await page.getByTestId('import-result').textContent()) ?? '';
}

async function queueCount(page: Page) {
  return (await page.getByTestId('queue-count').textContent()) ?? '';
}

describe('import order lines', () => {
  it('imports a GBK CSV with a dry run, reverts it, imports an .xlsx and exports the view to XLSX', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await page.goto(server.url);
      await page.getByLabel(en.firstRun.machineName).fill('Import desk');
      await page.getByLabel(en.firstRun.orderPrefix).fill('IM');
      await page.getByRole('button', { name: en.firstRun.startEmpty }).click();
      await page.getByText(en.areas.dashboard.emptyTitle).waitFor();
      await page.locator('nav a[data-area="orders"]').click();
      await page.waitForURL(/#\/orders$/);

      // Step 1: a file that is not CSV/XLSX is refused with a clear message.
      await page.getByTestId('import-orders').click();
      const wizard = page.getByRole('dialog', { name: L.title });
      await wizard.waitFor();
      await pickFile(page, join(fixtures, 'old.xls'));
      await page
        .getByTestId('import-file-error')
        .getByText(/save it as \.xlsx/)
        .waitFor();
      await screenshot(page, 'en-import-1-xls-refused');
      // A file mixing two encodings: explained, with an encoding choice to retry.
      await pickFile(page, join(fixtures, 'mixed-encoding.csv'));
      await page
        .getByTestId('import-file-error')
        .getByText(/mixes two text encodings/)
        .waitFor();
      expect(await page.getByTestId('import-encoding').count()).toBe(1);
      await screenshot(page, 'en-import-1-mixed-encoding');

      // The GBK file with Chinese headers.
      await pickFile(page, badFile);
      await page
        .getByTestId('import-file-ok')
        .getByText(/6 rows, 7 columns/)
        .waitFor();
      expect(await page.getByTestId('import-file-ok').textContent()).toContain('GB18030');
      await screenshot(page, 'en-import-1-file');

      // Step 2: the mapping is matched from the Chinese headers.
      await page.getByTestId('import-to-mapping').click();
      await page.getByTestId('mapping-preview').waitFor();
      expect(await page.getByTestId('mapping-orderNumber').inputValue()).toBe('订单号 (column A)');
      expect(await page.getByTestId('mapping-customer').inputValue()).toBe('客户名称 (column B)');
      expect(await page.getByTestId('mapping-quantity').inputValue()).toBe('数量 (column D)');
      expect(await page.getByTestId('mapping-unitPrice').inputValue()).toBe('单价 (column E)');
      expect(await page.getByTestId('mapping-orderDate').inputValue()).toBe('订单日期 (column G)');
      expect(await page.getByTestId('mapping-customerCode').inputValue()).toBe('');
      expect(await page.getByTestId('mapping-missing').count()).toBe(0);
      await screenshot(page, 'en-import-2-mapping');

      // Step 3: the dry run lists what would be created and every rejected row.
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('dry-run-stats').waitFor();
      expect(await page.getByTestId('dry-run-orders').textContent()).toBe('3');
      expect(await page.getByTestId('dry-run-lines').textContent()).toBe('4');
      expect(await page.getByTestId('dry-run-customers').textContent()).toBe('3');
      expect(await page.getByTestId('dry-run-products').textContent()).toBe('4');
      expect(await page.getByTestId('dry-run-rejected').textContent()).toBe('2');
      const rejected = page.getByTestId('rejected-table').locator('tbody tr');
      expect(await rejected.count()).toBe(2);
      expect(await rejected.nth(0).textContent()).toMatch(/^6数量not a number两把$/);
      expect(await rejected.nth(1).textContent()).toMatch(
        /^7订单日期date or time does not exist2026\/02\/30$/,
      );
      await screenshot(page, 'en-import-3-dry-run');

      // The rejected rows as a file, with the reasons in words.
      const [rejects] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('save-rejects').click(),
      ]);
      expect(rejects.suggestedFilename()).toBe('销售订单-有错误-rejected.csv');
      const rejectsText = readFileSync((await rejects.path()) as string, 'utf8');
      expect(rejectsText.startsWith('\uFEFF订单号,')).toBe(true);
      expect(rejectsText).toContain('两把');
      expect(rejectsText).toContain('数量: not a number');
      expect(rejectsText).not.toContain('SO-2026-001');

      await page.getByRole('tab', { name: L.dryRun.tabs.orders }).click();
      expect(await page.getByTestId('planned-orders').locator('tbody tr').count()).toBe(3);
      await screenshot(page, 'en-import-3-dry-run-orders');

      // Step 4: import; the orders are in the queue.
      await page.getByTestId('import-apply').click();
      expect(await importOutcome(page)).toContain(
        'Imported 3 orders (4 lines), 3 new customers and 4 new products.',
      );
      await screenshot(page, 'en-import-4-done');
      await page.getByTestId('import-close').click();
      await wizard.waitFor({ state: 'detached' });
      await page.getByTestId('queue-list').locator('[data-order]').first().waitFor();
      expect(await queueCount(page)).toContain('3');
      const listed = await page.getByTestId('queue-list').textContent();
      for (const number of ['SO-2026-001', 'SO-2026-002', 'SO-2026-003']) expect(listed).toContain(number);
      expect(listed).toContain('北京华联商贸有限公司');
      await screenshot(page, 'en-import-5-queue');
      await page.locator('nav a[data-area="dashboard"]').click();
      await page.getByTestId('stat-total').waitFor();
      expect(await page.getByTestId('stat-total').textContent()).toContain('3');
      await page.locator('nav a[data-area="orders"]').click();

      // Revert from the list of past imports (asks first); the orders are gone.
      await page.getByTestId('import-orders').click();
      await wizard.waitFor();
      await page.getByTestId('past-imports').getByText('销售订单-有错误.csv').waitFor();
      await page.getByTestId('past-revert').click();
      await page.getByTestId('confirm-revert').waitFor();
      await page.waitForTimeout(400); // the confirmation's opening transition
      await screenshot(page, 'en-import-6-revert-confirm');
      await page.getByTestId('confirm-revert').click();
      await page.getByText('Import reverted: 3 orders, 3 customers and 4 products removed.').waitFor();
      await page.getByTestId('past-imports').getByText(L.past.reverted).waitFor();
      await page.waitForTimeout(400);
      await screenshot(page, 'en-import-6-reverted');
      await page.keyboard.press('Escape');
      await wizard.waitFor({ state: 'detached' });
      await page.getByText(ordersEn.ordersArea.noneInView).waitFor();
      expect(await queueCount(page)).toContain('0');
      await page.getByTestId('import-orders').click();
      await wizard.waitFor();

      // Then the workbook: its mapping is matched too, and it is imported.
      await pickFile(page, join(fixtures, 'orders.xlsx'));
      await page
        .getByTestId('import-file-ok')
        .getByText(/orders\.xlsx: 3 rows/)
        .waitFor();
      await page.getByTestId('import-to-mapping').click();
      expect(await page.getByTestId('mapping-requestedDate').inputValue()).toBe('交货日期 (column I)');
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('dry-run-stats').waitFor();
      expect(await page.getByTestId('dry-run-orders').textContent()).toBe('2');
      expect(await page.getByTestId('dry-run-rejected').textContent()).toBe('0');
      await page.getByTestId('import-apply').click();
      expect(await importOutcome(page)).toContain('Imported 2 orders (3 lines)');
      await screenshot(page, 'en-import-7-xlsx-done');
      await page.getByTestId('import-close').click();
      await wizard.waitFor({ state: 'detached' });
      await page.getByTestId('queue-list').locator('[data-order]').filter({ hasText: 'X-100' }).waitFor();
      const queue = await page.getByTestId('queue-list').textContent();
      expect(queue).not.toContain('SO-2026-001');
      expect(await queueCount(page)).toContain('2');

      // Export the view to Excel and read the file back.
      await page.getByTestId('export-orders').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-xlsx').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^orders-\d{8}-\d{4}\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync((await download.path()) as string) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet?.name).toBe(E.sheetName);
      const rows: unknown[][] = [];
      sheet?.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1));
      });
      expect(rows[0]).toEqual([
        E.columns.number,
        E.columns.customer,
        E.columns.status,
        E.columns.priority,
        E.columns.subtotal,
        E.columns.total,
        E.columns.currency,
        E.columns.orderedAt,
        E.columns.due,
        E.columns.assignee,
      ]);
      const byNumber = new Map(rows.slice(1).map((r) => [r[0], r]));
      expect([...byNumber.keys()].sort()).toEqual(['X-100', 'X-101']);
      // 10 × 25.50 + 2 × 1,080.00 = 2,415.00 + 13 % tax = 2,728.95, as numbers SUM can add.
      expect(byNumber.get('X-100')?.slice(1, 7)).toEqual([
        '南京金陵贸易',
        en.status.submitted,
        en.priority.normal,
        2415,
        2728.95,
        'CNY',
      ]);
      // Times are date cells showing the local time the app shows (exceljs reads them as UTC fields).
      const orderedAt = (number: string) =>
        (byNumber.get(number)?.[7] as Date | undefined)?.toISOString().slice(0, 16);
      expect(orderedAt('X-100')).toBe('2026-11-28T00:00');
      expect(orderedAt('X-101')).toBe('2026-11-29T09:30');
      await screenshot(page, 'en-import-8-exported');

      // A selection is exported from the bulk bar: only the ticked order is in the file.
      await page.getByLabel(`${ordersEn.ordersArea.columns.select} X-101`).check();
      const bulkBar = page.getByTestId('bulk-bar');
      await bulkBar.getByTestId('export-orders').click();
      const [selection] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-csv').click(),
      ]);
      expect(selection.suggestedFilename()).toMatch(/^orders-\d{8}-\d{4}\.csv$/);
      const csv = readFileSync((await selection.path()) as string, 'utf8');
      expect(csv.startsWith(`\uFEFF${E.columns.number},`)).toBe(true);
      expect(csv).toContain('X-101');
      expect(csv).not.toContain('X-100');
      await bulkBar.getByRole('button', { name: ordersEn.ordersArea.bulk.clear }).click();

      // The order confirmation prints only the confirmation, on an A4 page, with lines and totals.
      await page.evaluate(() => {
        // The print dialog is the browser's; the test records that it was asked for.
        window.print = () => {
          document.body.dataset.printed = 'yes';
        };
      });
      await page.getByTestId('queue-list').locator('[data-order]').filter({ hasText: 'X-100' }).click();
      await page.getByTestId('order-detail').waitFor();
      await page.getByTestId('print-order').click();
      await page.getByTestId('print-menu-confirmation').click();
      await page.waitForFunction(() => document.body.dataset.printed === 'yes');
      const sheetText = (await page.locator('.sd-print-root').textContent()) ?? '';
      expect(sheetText).toContain(E.print.confirmation);
      expect(sheetText).toContain('X-100');
      expect(sheetText).toContain('南京金陵贸易');
      expect(sheetText).toContain('2,728.95');
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByTestId('order-detail').isVisible()).toBe(false);
      await screenshot(page, 'en-import-8-print-confirmation');
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.locator('.sd-print-root').waitFor({ state: 'detached' });
      await page.keyboard.press('Escape');
      await page.getByTestId('order-detail').waitFor({ state: 'detached' });

      // A long import shows its progress and can be cancelled: nothing of it is written.
      await page.getByTestId('import-orders').click();
      await wizard.waitFor();
      await pickFile(page, bigFile);
      await page.getByTestId('import-to-mapping').click();
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('dry-run-stats').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('dry-run-orders').textContent()).toBe('20,000');
      await page.getByTestId('import-apply').click();
      await page.getByTestId('import-progress').waitFor();
      await page.getByText(/Importing… [1-9][\d,]* of 20,800/).waitFor();
      await screenshot(page, 'en-import-9-progress');
      await page.getByTestId('import-cancel').click();
      await page.getByTestId('import-stopped').getByText(L.apply.cancelled).waitFor({ timeout: 60_000 });
      await screenshot(page, 'en-import-9-cancelled');
      await page.getByTestId('import-close').click();
      await wizard.waitFor({ state: 'detached' });
      expect(await queueCount(page)).toContain('2');
      await page.locator('nav a[data-area="dashboard"]').click();
      expect(await page.getByTestId('stat-total').textContent()).toContain('2');

      expect(machine.errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'en-import-failure');
      throw error;
    } finally {
      await machine.close();
    }
  });
});

describe('import order lines in Chinese', () => {
  it('shows the wizard, the dry run and its reasons in zh-CN', async () => {
    const machine = await newMachine('zh-CN');
    const { page } = machine;
    const Z = importZh.ordersImport;
    try {
      await page.goto(server.url);
      await page.getByLabel(zh.firstRun.machineName).fill('内勤一号机');
      await page.getByLabel(zh.firstRun.orderPrefix).fill('ZH');
      await page.getByRole('button', { name: zh.firstRun.startEmpty }).click();
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByTestId('import-orders').click();
      await page.getByRole('dialog', { name: Z.title }).waitFor();
      await pickFile(page, badFile);
      await page.getByTestId('import-file-ok').waitFor();
      await page.getByTestId('import-to-mapping').click();
      await page.getByTestId('mapping-preview').waitFor();
      await screenshot(page, 'zh-import-2-mapping');
      await page.getByTestId('import-dry-run').click();
      await page.getByTestId('dry-run-stats').waitFor();
      const rejected = page.getByTestId('rejected-table').locator('tbody tr');
      expect(await rejected.nth(0).textContent()).toBe(`6数量${Z.reasons.not_a_number}两把`);
      await screenshot(page, 'zh-import-3-dry-run');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
