import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOfficeSeed } from '../../renderer/db/sample-loader';
import zhOrders from '../../renderer/features/orders/locales/zh-CN.json';
import en from '../../renderer/i18n/locales/en.json';
import zhCore from '../../renderer/i18n/locales/zh-CN.json';
import enUi from '../../renderer/ui/locales/en.json';
import { generateOffice } from '../../shared/sample';
import { type Machine, newMachine, screenshot, seriousA11yFindings, serveApp } from './harness';
import { pickSuggestion, startOrder } from './steps';

// The order queue end to end, as a back-office clerk works it: enter an order with the keyboard
// only, move it through the workflow to completed, and read its timeline.

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp();
});
afterAll(async () => {
  await server?.close();
});

async function sampleOffice(machine: Machine) {
  const { page } = machine;
  await page.goto(server.url);
  await page.getByLabel(en.firstRun.machineName).fill('Order desk');
  await page.getByLabel(en.firstRun.orderPrefix).fill('OD');
  await page.getByRole('button', { name: en.firstRun.loadSample }).click();
  await page.locator('[data-testid="stat-total"]').waitFor({ timeout: 120_000 });
}

describe('order queue', () => {
  it('enters an order with the keyboard only, then takes it through the workflow to completed', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    try {
      await sampleOffice(machine);
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByTestId('queue-list').waitFor();
      await screenshot(page, 'en-orders-queue');

      // Keyboard only from here: open entry, pick a customer and a product by pinyin, submit.
      await startOrder(page, 'C0001', 'P0002');
      await page.keyboard.press('Tab'); // the quantity's 1 is selected as the field takes the focus
      await page.keyboard.type('3');
      await page.keyboard.press('Enter'); // adds a second line, cursor on its product
      await pickSuggestion(page, 'P0003');
      expect(await page.getByTestId('entry-total').textContent()).not.toContain('CN¥0.00');
      await screenshot(page, 'en-order-entry');
      await page.keyboard.press('Control+Enter');
      await page.getByTestId('order-detail').waitFor();
      // The "submitted" notification leaves the drawer's close button uncovered: it takes a click.
      await page.locator('.mantine-Notification-root').first().waitFor();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: enUi.formActions.close })
        .click({ trial: true, timeout: 2_000 });
      await screenshot(page, 'en-order-submitted-notification');
      const title = await page.getByRole('dialog').locator('h3').first().textContent();
      const number = title?.match(/OD-\d{8}-\d{4}/)?.[0];
      expect(number).toBeTruthy();
      expect(await page.getByTestId('order-lines').locator('tbody tr').count()).toBe(2);
      const detail = page.getByTestId('order-detail');
      expect(await detail.textContent()).toContain(en.status.submitted);

      // Change a line after submission: the timeline records what changed, and why.
      await page.getByRole('button', { name: 'Edit lines' }).click();
      const editor = page.getByTestId('order-entry');
      // A person sees the 3, double-clicks it to select it, then types over it.
      const quantity = editor.getByLabel('Quantity').first();
      await expect.poll(() => quantity.inputValue()).toBe('3');
      await quantity.dblclick();
      await page.keyboard.type('4');
      await editor.getByLabel(/Reason for the change/).fill('customer called to add one');
      await editor.getByTestId('entry-submit').click();
      await page
        .getByTestId('order-timeline')
        .getByText(/Qty 3 → 4/)
        .waitFor();
      expect(await page.getByTestId('order-timeline').textContent()).toContain('customer called to add one');

      for (const action of ['Validate', 'Confirm', 'Start fulfilment', 'Ship', 'Complete']) {
        await page.getByTestId('order-actions').getByRole('button', { name: action, exact: true }).click();
        await page.waitForTimeout(150);
      }
      // Completed is terminal; only the invoicing flag can still be set.
      await page.getByTestId('order-actions').getByRole('button', { name: 'Mark invoiced' }).click();
      await page.getByTestId('order-detail').getByText('Invoiced', { exact: true }).waitFor();
      expect(await page.getByTestId('order-actions').count()).toBe(0);
      const timeline = await page.getByTestId('order-timeline').textContent();
      for (const status of ['Submitted', 'Validated', 'Confirmed', 'Fulfilling', 'Shipped', 'Completed']) {
        expect(timeline).toContain(status);
      }
      await screenshot(page, 'en-order-completed');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});

describe('shipping an order in parts', () => {
  it('asks what went out, shows what is outstanding, and ships the order once nothing is left', async () => {
    const machine = await newMachine('en-US');
    const { page } = machine;
    const detail = page.getByTestId('order-detail');
    const step = async (action: string, status: string) => {
      await page.getByTestId('order-actions').getByRole('button', { name: action, exact: true }).click();
      await detail.getByText(status, { exact: true }).first().waitFor();
    };
    try {
      await sampleOffice(machine);
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByTestId('queue-list').waitFor();
      // An order of 5 of one product and 1 of another, entered from the keyboard and submitted.
      await startOrder(page, 'C0001', 'P0002');
      await page.keyboard.press('Tab');
      await page.keyboard.type('5');
      await page.keyboard.press('Enter');
      await pickSuggestion(page, 'P0003');
      await page.keyboard.press('Control+Enter');
      await detail.waitFor();
      await step('Validate', en.status.validated);
      await step('Confirm', en.status.confirmed);
      await step('Start fulfilment', en.status.fulfilling);

      // Two of the five go out now, none of the other line.
      await page.getByTestId('order-actions').getByRole('button', { name: 'Ship partially' }).click();
      const dialog = page.getByTestId('shipment-form');
      await dialog.waitFor();
      const quantities = dialog.getByRole('textbox');
      expect(
        await quantities.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
      ).toEqual(['5', '1']);
      await page.keyboard.type('7');
      await page.keyboard.press('Tab');
      await page.keyboard.type('0');
      await page.keyboard.press('Enter');
      await dialog.getByText('Only 5 left to ship on this line').waitFor();
      expect(await seriousA11yFindings(page, '[data-testid="shipment-form"]')).toEqual([]);
      await screenshot(page, 'en-order-ship-partially-refused');
      // The line said to be wrong has the focus back, its text selected: typing replaces it.
      await page.keyboard.type('2');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await detail.getByText(en.status.partially_shipped, { exact: true }).first().waitFor();
      await expect.poll(() => detail.getByTestId('line-outstanding').allTextContents()).toEqual(['3', '1']);
      await page
        .getByTestId('order-timeline')
        .getByText(/: 2 shipped \(2 so far\)/)
        .waitFor();
      await screenshot(page, 'en-order-partially-shipped');

      // The rest goes out: the dialog starts with what is left, and covering it ships the order.
      await page.getByTestId('order-actions').getByRole('button', { name: 'Ship partially' }).click();
      await dialog.waitFor();
      expect(
        await quantities.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
      ).toEqual(['3', '1']);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await detail.getByText(en.status.shipped, { exact: true }).first().waitFor();
      await expect.poll(() => detail.getByTestId('line-outstanding').count()).toBe(0);
      const timeline = page.getByTestId('order-timeline');
      expect(await timeline.getByText(/^Shipment recorded by Order desk/).count()).toBe(2);
      await timeline.getByText(/: 3 shipped \(5 so far\)/).scrollIntoViewIfNeeded();
      await screenshot(page, 'en-order-shipped-in-parts');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});

const zh = { ...zhCore, ...zhOrders };

describe('order queue in Chinese', () => {
  it('finds orders by a customer’s pinyin initials, shows views, and assigns in bulk', async () => {
    const machine = await newMachine('zh-CN');
    const { page } = machine;
    try {
      await page.goto(server.url);
      await page.getByLabel(zh.firstRun.machineName).fill('内勤一号机');
      await page.getByLabel(zh.firstRun.orderPrefix).fill('NQ');
      await page.getByRole('button', { name: zh.firstRun.loadSample }).click();
      await page.locator('[data-testid="stat-total"]').waitFor({ timeout: 120_000 });
      // The sample office is generated from a fixed seed: its first customer is known.
      const office = generateOffice({ seed: sampleOfficeSeed, language: 'zh-CN', asOf: new Date() });
      const firstCustomer = office.customers[0]?.input.name ?? '';
      await page.locator('nav a[data-area="orders"]').click();
      await page.getByTestId('queue-list').waitFor();

      // Pinyin initials of the customer's name (e.g. 杭州九州… → hzjz) find its orders.
      const { pinyin } = await import('pinyin-pro');
      const initials = pinyin(firstCustomer.slice(0, 4), {
        pattern: 'first',
        toneType: 'none',
        type: 'array',
      }).join('');
      await page.getByTestId('queue-search').fill(initials);
      // "n found" when these are all its orders, else "the first 50 shown".
      const anyCount = (text: string, name: string) => text.replace(`{{${name}}}`, '[1-9]\\d*');
      await page
        .getByTestId('queue-count')
        .getByText(
          new RegExp(
            `${anyCount(zh.ordersArea.searchCount, 'count')}|${anyCount(zh.ordersArea.searchFirst, 'n')}`,
          ),
        )
        .waitFor();
      const rows = page.getByTestId('queue-list').locator('[data-order]');
      // The first result is the customer's newest order (names fill in as the lookups load).
      await rows
        .first()
        .filter({ hasText: firstCustomer.slice(0, 4) })
        .waitFor();
      await screenshot(page, 'zh-CN-orders-search');

      // Every sample order is numbered with this machine's prefix: the search shows the first 50 and
      // says that more match, rather than "50 found".
      await page.getByTestId('queue-search').fill('NQ-');
      await page
        .getByTestId('queue-count')
        .getByText(zh.ordersArea.searchFirst.replace('{{n}}', '50'))
        .waitFor();
      expect(await page.getByTestId('queue-list').locator('[data-order]').count()).toBeLessThanOrEqual(50);
      await screenshot(page, 'zh-CN-orders-search-capped');
      await page.getByTestId('queue-search').fill('');
      await page
        .getByTestId('queue-count')
        .getByText(new RegExp(zh.ordersArea.count.replace('{{n}}', '[1-9][\\d,]*')))
        .waitFor();

      // Unassigned view → select all on screen → assign to one person.
      const allOpen = await page.getByTestId('queue-count').textContent();
      await page.getByTestId('queue-view').click();
      await page.getByRole('option', { name: zh.ordersArea.views.unassigned }).click();
      // The sample office has fewer unassigned open orders than open ones, and always some: wait for the
      // view's own count, then its first page.
      await expect.poll(() => page.getByTestId('queue-count').textContent()).not.toBe(allOpen);
      await page.getByTestId('queue-list').locator('[data-order]').first().waitFor();
      await page.getByRole('checkbox', { name: zh.ordersArea.columns.select, exact: true }).check();
      await page.getByTestId('bulk-bar').getByPlaceholder(zh.ordersArea.bulk.assign).click();
      await page.getByRole('option').nth(1).click();
      await page.getByText(zh.ordersArea.noneInView).waitFor();
      // The assigned orders are no longer selected.
      await page.getByTestId('bulk-bar').waitFor({ state: 'detached' });
      await screenshot(page, 'zh-CN-orders-assigned');

      await page.getByTestId('queue-view').click();
      await page.getByRole('option', { name: zh.ordersArea.views.overdue }).click();
      await page.getByTestId('queue-list').locator('[data-order]').first().click();
      await page.getByTestId('order-detail').waitFor();
      await screenshot(page, 'zh-CN-order-detail');
      expect(machine.errors).toEqual([]);
    } finally {
      await machine.close();
    }
  });
});
