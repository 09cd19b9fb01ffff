import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/locales/en.json';
import { type Machine, newMachine, screenshot, serveApp } from './harness';

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
      await page.keyboard.press('Control+Alt+N');
      const entry = page.getByTestId('order-entry');
      await entry.waitFor();
      await page.keyboard.type('C0001');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('P0002');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3');
      await page.keyboard.press('Enter'); // adds a second line, cursor on its product
      await page.keyboard.type('P0003');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await page.getByTestId('entry-total').textContent()).not.toContain('CN¥0.00');
      await screenshot(page, 'en-order-entry');
      await page.keyboard.press('Control+Enter');
      await page.getByTestId('order-detail').waitFor();
      const title = await page.getByRole('dialog').locator('h3').first().textContent();
      const number = title?.match(/OD-\d{8}-\d{4}/)?.[0];
      expect(number).toBeTruthy();
      expect(await page.getByTestId('order-lines').locator('tbody tr').count()).toBe(2);
      const detail = page.getByTestId('order-detail');
      expect(await detail.textContent()).toContain(en.status.submitted);

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
