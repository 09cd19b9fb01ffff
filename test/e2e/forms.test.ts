import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import customersZh from '../../renderer/features/customers-products/locales/zh-CN.json';
import teamEn from '../../renderer/features/team/locales/en.json';
import en from '../../renderer/i18n/locales/en.json';
import zhCore from '../../renderer/i18n/locales/zh-CN.json';
import uiEn from '../../renderer/ui/locales/en.json';
import uiZh from '../../renderer/ui/locales/zh-CN.json';
import { newMachine, screenshot, seriousA11yFindings, serveApp } from './harness';
import { firstRun, go, pickSuggestion, startOrder, syncedData } from './steps';

// Editing records as a person does it, in the built app in Chromium at 1366×768: a form's messages in
// each language, the question before changes are thrown away, and order entry from the keyboard alone,
// where a typed quantity replaces the prefilled one. Every dialog shown is scanned by axe-core.

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

const dialog = '[role="dialog"]';

describe('record forms in Chinese', () => {
  it('says what is wrong with each field, and asks before discarding what was typed', async () => {
    const machine = await newMachine('zh-CN');
    const { page } = machine;
    try {
      await page.goto(server.url);
      await page.getByLabel(zhCore.firstRun.machineName).fill('前台电脑');
      await page.getByLabel(zhCore.firstRun.orderPrefix).fill('QT');
      await page.getByRole('button', { name: zhCore.firstRun.startEmpty }).click();
      await page.getByText(zhCore.areas.dashboard.emptyTitle).waitFor();
      await go(page, 'customers');

      await page.getByTestId('new-customer').click();
      const form = page.getByTestId('customer-form');
      await form.waitFor();
      await page.keyboard.press('Enter');
      await form.getByText(uiZh.refusals.field.required).first().waitFor();
      expect(await form.getByText(uiZh.refusals.field.required).count()).toBe(2); // code and name
      // The cursor is on the first field to fix.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('code');
      await page.keyboard.type('KH-1');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type('北京华信');
      await page.getByLabel(customersZh.customersArea.fields.email).fill('wang@');
      await page.keyboard.press('Enter');
      await form.getByText(uiZh.refusals.field.email).waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'zh-CN-form-customer-messages');
      expect(await seriousA11yFindings(page, dialog)).toEqual([]);

      await page.keyboard.press('Escape');
      const ask = page.getByRole('dialog', { name: uiZh.recordForm.discardTitle });
      await ask.waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'zh-CN-form-discard');
      expect(await seriousA11yFindings(page, `${dialog}[aria-labelledby]:last-of-type`)).toEqual([]);
      await ask.getByRole('button', { name: uiZh.recordForm.keepEditing }).click();
      await page.getByLabel(customersZh.customersArea.fields.email).fill('wang@huaxin.cn');
      await page.keyboard.press('Enter');
      await form.waitFor({ state: 'detached' });
      const data = JSON.parse(await syncedData(page)) as { customers: { code: string; email: string }[] };
      expect(data.customers.map((c) => [c.code, c.email])).toEqual([['KH-1', 'wang@huaxin.cn']]);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});

describe('record forms in English', () => {
  it('enters an order from the keyboard: a typed quantity replaces the 1, and a member form says what is wrong', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await firstRun(page, server.url, 'Front desk', 'FD', true);
      await go(page, 'orders');
      await page.getByTestId('queue-list').waitFor();

      // Keyboard only, as a clerk types: no selecting a field before typing into it.
      await startOrder(page, 'C0001', 'P0002');
      await page.keyboard.press('Tab');
      await page.keyboard.type('5');
      await page.keyboard.press('Enter'); // a new line, the cursor on its product
      await pickSuggestion(page, 'P0003');
      await page.keyboard.press('Tab');
      await page.keyboard.type('12');
      await page.waitForTimeout(200);
      await screenshot(page, 'en-order-entry-keyboard');
      expect(await seriousA11yFindings(page, dialog)).toEqual([]);
      await page.keyboard.press('Control+Enter');
      await page.getByTestId('order-detail').waitFor();
      const number = (await page.getByRole('dialog').locator('h3').first().textContent())?.match(
        /FD-\d{8}-\d{4}/,
      )?.[0];
      const data = JSON.parse(await syncedData(page)) as {
        orders: { number: string; lines: { quantity: number }[] }[];
      };
      const order = data.orders.find((o) => o.number === number);
      expect(order?.lines.map((l) => l.quantity)).toEqual([5, 12]);
      await page.keyboard.press('Escape');

      await go(page, 'team');
      await page.getByRole('tab', { name: teamEn.teamArea.tabs.staff }).click();
      await page.getByRole('button', { name: teamEn.teamArea.staff.add }).click();
      const member = page.getByTestId('staff-form');
      await member.waitFor();
      await member.getByLabel('Hours / week').fill('90');
      await page.keyboard.press('Enter');
      await member.getByText(uiEn.refusals.field.required).waitFor();
      await member.getByText(uiEn.refusals.field.atMost.replace('{{max}}', '80')).waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, 'en-form-member-messages');
      expect(await seriousA11yFindings(page, dialog)).toEqual([]);
      expect(await page.getByText(en.nav.team).count()).toBeGreaterThan(0);
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
