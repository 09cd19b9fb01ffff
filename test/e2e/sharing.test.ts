import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOfficeSeed } from '../../renderer/db/sample-loader';
import sharingEn from '../../renderer/features/sharing/locales/en.json';
import sharingZh from '../../renderer/features/sharing/locales/zh-CN.json';
import zh from '../../renderer/i18n/locales/zh-CN.json';
import { generateOffice } from '../../shared/sample';
import { everydayTables } from '../../shared/schema/tables';
import { type Machine, newMachine, screenshot, serveApp } from './harness';
import {
  allData,
  editCreditLimitZh,
  editPhone,
  firstRun,
  firstRunZh,
  go,
  setSkill,
  syncedData,
} from './steps';

// Two machines of one office, as two separate browser profiles: the front desk loads the sample office
// and sends it to the warehouse PC; then both enter an order and edit the same customer, each exports,
// each imports the other's package, sees the conflict with both versions, resolves it — and both end
// with identical data (compared record by record in their IndexedDB).

const Z = sharingZh.sharingArea;
const E = sharingEn.sharingArea;

/** A sample office member's name, in the language the sample was loaded in. */
const member = (language: 'en' | 'zh-CN', n: number) =>
  generateOffice({ seed: sampleOfficeSeed, language, asOf: new Date() }).staff[n]?.input.name as string;

/** The sample office's customer C0002 (the one both machines edit). */
const customerC0002 = (language: 'en' | 'zh-CN') =>
  generateOffice({ seed: sampleOfficeSeed, language, asOf: new Date() }).customers[1]?.input.name as string;

/** The page's text holds no translation key and no raw JSON: names and values are in words. */
async function expectReadable(page: Page) {
  // What a person sees (rendered text), not the text of style or script elements.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is asserted
  const text = await page.locator('body').innerText();
  expect(text.match(/.{0,60}sharingArea\.[\w.]+/g) ?? []).toEqual([]);
  expect(text).not.toContain('{"');
  // Nor an id where a name belongs (the file name above them is the browser's download name, an id).
  for (const part of await page.locator('[data-testid="preview-counts"], [data-testid="conflict"]').all())
    expect(await part.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-4/);
}

/** The preview's table names, top to bottom. */
const previewTables = async (page: Page) =>
  page.getByTestId('preview-counts').locator('tbody tr td:first-child').allInnerTexts();
let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

/** Export from the Sharing page; returns the downloaded file's path. */
async function exportPackage(page: Page, what: 'all' | 'changes', peer?: string): Promise<string> {
  await go(page, 'sharing');
  await page.getByTestId(`export-what-${what}`).check();
  if (peer) {
    await page.getByTestId('export-peer').click();
    await page.getByRole('option', { name: new RegExp(peer) }).click();
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-package').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^SalesDesk-.+-\d{8}-\d{4}\.sdpkg$/);
  return (await download.path()) as string;
}

/** Pick a package on the Sharing page and wait for its preview. */
async function previewPackage(page: Page, path: string) {
  await go(page, 'sharing');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('import-package').click(),
  ]);
  await chooser.setFiles(path);
  await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
}

const count = async (page: Page, table: string, kind: string) =>
  (await page
    .getByTestId('preview-counts')
    .locator(`tr[data-table="${table}"] td[data-kind="${kind}"]`)
    .textContent()) ?? '';

async function applyImport(page: Page) {
  await page.getByTestId('import-apply').click();
  // A merge of the whole sample office (25,000 records) in one transaction: give a busy machine time.
  await page.getByTestId('import-preview').waitFor({ state: 'detached', timeout: 120_000 });
  await page.getByTestId('import-package').waitFor({ timeout: 120_000 });
}

/** A new order by keyboard: customer and one product line, submitted. Returns its number. */
async function enterOrder(page: Page, customer: string, product: string): Promise<string> {
  await go(page, 'orders');
  await page.getByTestId('new-order').waitFor();
  await page.keyboard.press('Control+Alt+N');
  await page.getByTestId('order-entry').waitFor();
  await page.keyboard.type(customer);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type(product);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('order-detail').waitFor();
  const title = (await page.getByRole('dialog').locator('h3').first().textContent()) ?? '';
  await page.keyboard.press('Escape');
  return title.match(/[A-Z0-9]+-\d{8}-\d{4}/)?.[0] ?? '';
}

describe('sharing between two machines', () => {
  it('exchange packages both ways, resolve the conflict, end identical', async () => {
    const front: Machine = await newMachine('en-US');
    const warehouse: Machine = await newMachine('en-US');
    const a = front.page;
    const b = warehouse.page;
    try {
      await firstRun(a, server.url, 'Front desk', 'A1', true);
      await firstRun(b, server.url, 'Warehouse', 'B1', false);

      // The front desk sends the whole office; the warehouse PC takes it in.
      // The export's gzip and checksum run in a worker while the page reads the records.
      const workers: string[] = [];
      a.on('worker', (worker) => workers.push(worker.url()));
      const first = await exportPackage(a, 'all');
      expect(workers.some((url) => /package-worker/.test(url))).toBe(true);
      await previewPackage(b, first);
      expect(await count(b, 'orders', 'new')).toBe('3,000');
      expect(await count(b, 'customers', 'conflict')).toBe('0');
      expect(await previewTables(b)).toEqual(
        // Every table a default package carries (the sample office has records in each); the confidential
        // ones (reviews, staff care, a sick leave's reason) stay on the front desk.
        everydayTables.map((table) => E.tables[table]),
      );
      await expectReadable(b);
      // The preview is brought into view when it is ready.
      const top = () => b.getByTestId('import-preview').evaluate((el) => el.getBoundingClientRect().top);
      const header = await b.locator('header').evaluate((el) => el.getBoundingClientRect().bottom);
      await expect.poll(top).toBeLessThan(header + 40);
      expect(await top()).toBeGreaterThanOrEqual(header);
      await screenshot(b, 'en-sharing-1-preview-new');
      await applyImport(b);
      await go(b, 'orders');
      expect(await b.getByTestId('queue-count').textContent()).toMatch(/\d/);

      // Both work on: an order each, the same customer's phone number and the same person's skill (the
      // warehouse last).
      const person = member('en', 2);
      const customerName = customerC0002('en');
      const fromA = await enterOrder(a, 'C0001', 'P0002');
      await editPhone(a, 'C0002', '010-1111-0000');
      await setSkill(a, 'en', person, 'Negotiation', 4);
      const fromB = await enterOrder(b, 'C0003', 'P0004');
      await editPhone(b, 'C0002', '021-2222-0000');
      await setSkill(b, 'en', person, 'Negotiation', 1);
      expect(fromA.startsWith('A1-')).toBe(true);
      expect(fromB.startsWith('B1-')).toBe(true);

      // Each exports: the front desk the whole office, the warehouse only what the front desk lacks.
      const fromFront = await exportPackage(a, 'all');
      const fromWarehouse = await exportPackage(b, 'changes', 'Front desk');

      // The front desk imports the warehouse's package: two conflicts, both versions shown in words.
      await previewPackage(a, fromWarehouse);
      expect(await count(a, 'orders', 'new')).toBe('1');
      expect(await count(a, 'customers', 'conflict')).toBe('1');
      expect(await count(a, 'staff', 'conflict')).toBe('1');
      expect(await count(a, 'skillChanges', 'new')).toBe('1');
      expect(await a.getByTestId('conflict').count()).toBe(2);
      const conflict = a.getByTestId('conflict').filter({ hasText: customerName });
      expect(await conflict.textContent()).toContain('010-1111-0000');
      expect(await conflict.textContent()).toContain('021-2222-0000');
      const skills = a.getByTestId('conflict').filter({ hasText: person });
      expect(await skills.textContent()).toContain(`${E.tables.staff} · ${person}`);
      expect(await skills.textContent()).toContain(E.fieldNames.skills);
      expect(await skills.textContent()).toContain('Negotiation (level 4)');
      expect(await skills.textContent()).toContain('Negotiation (level 1)');
      await expectReadable(a);
      await screenshot(a, 'en-sharing-2-conflict');
      await conflict.getByTestId('take-incoming').check();
      await applyImport(a);

      // The warehouse imports the front desk's package and keeps its own version of the customer.
      await previewPackage(b, fromFront);
      expect(await count(b, 'orders', 'new')).toBe('1');
      expect(await count(b, 'customers', 'conflict')).toBe('1');
      await b.getByTestId('conflict').filter({ hasText: customerName }).getByTestId('keep-local').check();
      await screenshot(b, 'en-sharing-3-conflict-warehouse');
      await applyImport(b);

      // Identical, record by record; both see both orders and the chosen phone number.
      expect(await syncedData(a)).toBe(await syncedData(b));
      for (const page of [a, b]) {
        await go(page, 'orders');
        await page.getByTestId('queue-search').fill(fromA);
        await page.getByTestId('queue-list').getByText(fromA).waitFor();
        await page.getByTestId('queue-search').fill(fromB);
        await page.getByTestId('queue-list').getByText(fromB).waitFor();
      }
      await go(a, 'customers');
      await a
        .getByTestId('customers-table')
        .locator('tr[data-code="C0002"]')
        .getByText('021-2222-0000')
        .waitFor();
      await screenshot(a, 'en-sharing-4-identical');
      expect(front.errors).toEqual([]);
      expect(warehouse.errors).toEqual([]);
    } catch (error) {
      await screenshot(a, 'en-sharing-failure-front');
      await screenshot(b, 'en-sharing-failure-warehouse');
      throw error;
    } finally {
      await front.close();
      await warehouse.close();
    }
  });

  it('names the problem with a bad file, needs the passphrase of an encrypted one, changes nothing (zh-CN)', async () => {
    const machine = await newMachine('zh-CN');
    const other = await newMachine('zh-CN');
    const { page } = machine;
    try {
      await page.goto(server.url);
      await page.getByLabel(zh.firstRun.machineName).fill('内勤二号机');
      await page.getByLabel(zh.firstRun.orderPrefix).fill('N2');
      await page.getByRole('button', { name: zh.firstRun.startEmpty }).click();
      await page.getByText(zh.areas.dashboard.emptyTitle).waitFor();
      await go(page, 'sharing');
      await page.getByTestId('backups-browser').getByText(Z.backups.browserOnly).waitFor();
      const before = await allData(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('import-package').click(),
      ]);
      await chooser.setFiles(join(import.meta.dirname, '../fixtures/import/orders.xlsx'));
      await page.getByTestId('import-problem').getByText(Z.errors.not_a_package).waitFor();
      await screenshot(page, 'zh-sharing-bad-file');

      // An encrypted package of another machine's (empty) office: a passphrase typed twice.
      const exportEncrypted = async (from: Page) => {
        await from.getByTestId('export-passphrase').fill('办公室密码2026');
        await from.getByTestId('export-passphrase-confirm').fill('办公室密码2026');
        const [download] = await Promise.all([
          from.waitForEvent('download'),
          from.getByTestId('export-package').click(),
        ]);
        return (await download.path()) as string;
      };
      // This machine's own package is not merged back into it.
      const [ownDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-package').click(),
      ]);
      const own = (await ownDownload.path()) as string;
      const [mine] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('import-package').click(),
      ]);
      await mine.setFiles(own);
      await page
        .getByTestId('import-problem')
        .getByText(/数据包声称来自本机/)
        .waitFor();
      await screenshot(page, 'zh-sharing-own-package');

      await firstRunZh(other.page, server.url, '内勤三号机', 'N3', false);
      await go(other.page, 'sharing');
      const encrypted = await exportEncrypted(other.page);
      const [again] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('import-package').click(),
      ]);
      await again.setFiles(encrypted);
      await page.getByTestId('import-passphrase').fill('错误的密码');
      await page.getByTestId('import-unlock').click();
      await page.getByText(Z.errors.wrong_passphrase).waitFor({ timeout: 30_000 });
      await screenshot(page, 'zh-sharing-wrong-passphrase');
      expect(await page.getByTestId('import-preview').count()).toBe(0);
      await page.getByTestId('import-passphrase').fill('办公室密码2026');
      await page.getByTestId('import-unlock').click();
      await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
      expect(await allData(page)).toBe(before); // nothing written by any of it
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
      await other.close();
    }
  });

  it('shows the preview and a conflict with every table, field and value in Chinese words', async () => {
    const front = await newMachine('zh-CN');
    const warehouse = await newMachine('zh-CN');
    const a = front.page;
    const b = warehouse.page;
    const person = member('zh-CN', 3);
    const customerName = customerC0002('zh-CN');
    try {
      await firstRunZh(a, server.url, '前台', 'A1', true);
      await firstRunZh(b, server.url, '仓库', 'B1', false);
      await previewPackage(b, await exportPackage(a, 'all'));
      const tables = await previewTables(b);
      for (const name of [Z.tables.staff, Z.tables.absences, Z.tables.skillChanges, Z.tables.orderEvents])
        expect(tables).toContain(name);
      await expectReadable(b);
      await screenshot(b, 'zh-sharing-preview');
      await applyImport(b);

      // Both change the same person's skill and the same customer's credit limit (the warehouse last).
      await setSkill(a, 'zh-CN', person, '谈判', 3);
      await editCreditLimitZh(a, 'C0002', '150000');
      await setSkill(b, 'zh-CN', person, '谈判', 1);
      await editCreditLimitZh(b, 'C0002', '90000');
      await previewPackage(a, await exportPackage(b, 'changes', '前台'));
      const conflicts = a.getByTestId('conflict');
      expect(await conflicts.count()).toBe(2);
      const staff = await conflicts.filter({ hasText: person }).textContent();
      expect(staff).toContain(`${Z.tables.staff} · ${person}`);
      expect(staff).toContain(Z.fieldNames.skills);
      expect(staff).toContain('谈判（3 级）');
      expect(staff).toContain('谈判（1 级）');
      const customer = await conflicts.filter({ hasText: customerName }).textContent();
      expect(customer).toContain(Z.fieldNames.creditLimit);
      expect(customer).toMatch(/¥150,000\.00/);
      expect(customer).toMatch(/¥90,000\.00/);
      await expectReadable(a);
      await screenshot(a, 'zh-sharing-conflict');
      expect(front.errors).toEqual([]);
      expect(warehouse.errors).toEqual([]);
    } finally {
      await front.close();
      await warehouse.close();
    }
  });
});
