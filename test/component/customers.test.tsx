import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../renderer/app/session-context';
import { theme } from '../../renderer/app/theme';
import type { DataSession } from '../../renderer/db/session';
import CustomersPage from '../../renderer/features/customers/CustomersPage';
import { customerInput, freshSession } from '../unit/db/fixtures';

// jsdom has no FontFaceSet; Mantine's autosizing Textarea listens on it.
function renderPage(session: DataSession) {
  render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <SessionProvider session={session}>
        <CustomersPage />
      </SessionProvider>
    </MantineProvider>,
  );
  return userEvent.setup();
}

const form = () => within(screen.getByTestId('customer-form'));
const rowCodes = (table: string) =>
  [...screen.getByTestId(table).querySelectorAll('tbody tr[data-code]')].map((row) =>
    row.getAttribute('data-code'),
  );

describe('customers', () => {
  it('creates a customer through the form and finds it by its pinyin initials', async () => {
    const session = await freshSession();
    await session.repos.customers.create(customerInput({ code: 'C0001', name: '上海明达贸易有限公司' }));
    const user = renderPage(session);
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    await user.type(form().getByLabelText(/^Code/), 'C0100');
    await user.type(form().getByLabelText(/^Name/), '北京华信科技有限公司');
    await user.type(form().getByLabelText('Contact person'), '王芳');
    await user.type(form().getByLabelText('E-mail'), 'wang.fang@huaxin.com.cn');
    await user.type(form().getByPlaceholderText('Type a tag, press Enter'), '月结{Enter}');
    const credit = form().getByLabelText(/^Credit limit/);
    await user.clear(credit);
    await user.type(credit, '50000.5{Enter}'); // Enter saves
    await waitFor(() => expect(screen.queryByTestId('customer-form')).toBeNull());
    expect(await screen.findByText('“北京华信科技有限公司” added')).toBeTruthy();

    const saved = await session.db.customers.where('code').equals('C0100').first();
    expect(saved).toMatchObject({
      name: '北京华信科技有限公司',
      contact: '王芳',
      segment: 'regular',
      tags: ['月结'],
      creditLimit: 5_000_050,
      deleted: false,
    });

    await user.type(screen.getByTestId('customers-search'), 'bjhx');
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0100']));
    expect(screen.getByTestId('customers-count').textContent).toBe('1 of 2 match');
    await user.clear(screen.getByTestId('customers-search'));
    await user.type(screen.getByTestId('customers-search'), 'shmd');
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0001']));

    // Row click opens the edit form with the stored values as typed text.
    await user.click(screen.getByText('上海明达贸易有限公司'));
    expect((form().getByLabelText(/^Credit limit/) as HTMLInputElement).value).toBe('5000.00');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('customer-form')).toBeNull());
  });

  it('a bad credit limit shows the field message and saves nothing', async () => {
    const session = await freshSession();
    const user = renderPage(session);
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect(form().getAllByText('Required.')).toHaveLength(2); // code and name

    await user.type(form().getByLabelText(/^Code/), 'C0200');
    await user.type(form().getByLabelText(/^Name/), '广州恒通物流有限公司');
    const credit = form().getByLabelText(/^Credit limit/);
    for (const [typed, message] of [
      ['12.345', 'At most 2 decimal places.'],
      ['-5', 'The amount cannot be negative.'],
      ['abc', 'Enter a non-negative amount, e.g. 1234.50.'],
    ] as const) {
      await user.clear(credit);
      await user.type(credit, typed);
      await user.click(form().getByRole('button', { name: 'Save' }));
      expect(await form().findByText(message)).toBeTruthy();
    }
    await user.type(form().getByLabelText('E-mail'), 'not-an-email');
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect(await form().findByText('Not an e-mail address (name@example.com).')).toBeTruthy();
    expect(await session.db.customers.count()).toBe(0);
  });

  it('refuses a code another customer uses, also a deleted one', async () => {
    const session = await freshSession();
    const { customers } = session.repos;
    await customers.create(customerInput({ code: 'C0001', name: '北京华信科技有限公司' }));
    const gone = await customers.create(customerInput({ code: 'C0002', name: '杭州嘉禾食品有限公司' }));
    await customers.remove(gone.id);
    const user = renderPage(session);
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    await user.type(form().getByLabelText(/^Code/), 'c0001');
    await user.type(form().getByLabelText(/^Name/), '北京华信二公司{Enter}');
    expect(await form().findByText('Code C0001 is already used by “北京华信科技有限公司”.')).toBeTruthy();

    await user.clear(form().getByLabelText(/^Code/));
    await user.type(form().getByLabelText(/^Code/), 'C0002{Enter}');
    expect(await form().findByText(/is used by the deleted customer “杭州嘉禾食品有限公司”/)).toBeTruthy();
    expect(await session.db.customers.count()).toBe(2);

    // Editing a customer keeps its own code.
    await user.keyboard('{Escape}');
    await user.click(await screen.findByText('北京华信科技有限公司'));
    await user.clear(form().getByLabelText(/^Name/));
    await user.type(form().getByLabelText(/^Name/), '北京华信科技集团{Enter}');
    await waitFor(() => expect(screen.queryByTestId('customer-form')).toBeNull());
    expect((await session.db.customers.where('code').equals('C0001').first())?.name).toBe('北京华信科技集团');
  });

  it('deletes after confirmation, undoes from the notification, and restores from the deleted list', async () => {
    const session = await freshSession();
    await session.repos.customers.bulkCreate([
      customerInput({ code: 'C0001', name: '北京华信科技有限公司' }),
      customerInput({ code: 'C0002', name: '深圳鑫源电子有限公司' }),
    ]);
    const user = renderPage(session);
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0001', 'C0002']));

    await user.click(screen.getByRole('button', { name: 'Delete 北京华信科技有限公司' }));
    expect(await screen.findByText('Delete this customer?')).toBeTruthy();
    await user.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0002']));
    expect((await session.db.customers.where('code').equals('C0001').first())?.deleted).toBe(true);

    await user.click(within(await screen.findByTestId('undo-delete')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0001', 'C0002']));

    // Delete from the edit form this time, then restore from "Show deleted".
    await user.click(screen.getByText('深圳鑫源电子有限公司'));
    await user.click(screen.getByTestId('form-delete'));
    await user.click(await screen.findByTestId('confirm-delete'));
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0001']));
    await user.click(screen.getByLabelText('Show deleted (1)'));
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0002']));
    await user.click(screen.getByRole('button', { name: 'Restore 深圳鑫源电子有限公司' }));
    await waitFor(() =>
      expect(screen.getByTestId('customers-empty').textContent).toBe('Nothing has been deleted.'),
    );
    await user.click(screen.getByLabelText('Show deleted (0)'));
    await waitFor(() => expect(rowCodes('customers-table')).toEqual(['C0001', 'C0002']));
    expect((await session.db.customers.where('code').equals('C0002').first())?.deleted).toBe(false);
  });
});

describe('products', () => {
  it('takes the price in yuan and the tax rate in percent, exactly', async () => {
    const session = await freshSession();
    const user = renderPage(session);
    await user.click(await screen.findByRole('button', { name: 'New product' }));
    const product = within(screen.getByTestId('product-form'));
    await user.type(product.getByLabelText(/^SKU/), 'P0100');
    await user.type(product.getByLabelText(/^Unit\s*\*?$/), '箱');
    await user.type(product.getByLabelText(/^Name/), '打印纸 A4');
    await user.type(product.getByLabelText(/^Unit price/), '19.99');
    const tax = product.getByLabelText(/^Tax rate/);
    await user.clear(tax);
    await user.type(tax, '101{Enter}');
    expect(await product.findByText('Enter a percentage from 0 to 100, e.g. 13.')).toBeTruthy();
    expect(await session.db.products.count()).toBe(0);
    await user.clear(tax);
    await user.type(tax, '6.5{Enter}');
    await waitFor(() => expect(screen.queryByTestId('product-form')).toBeNull());
    expect(await session.db.products.where('sku').equals('P0100').first()).toMatchObject({
      unitPrice: 1999,
      taxRate: 650,
      active: true,
    });
    await user.click(await screen.findByRole('tab', { name: /Products/ }));
    await user.type(await screen.findByTestId('products-search'), 'dyz');
    await waitFor(() => expect(rowCodes('products-table')).toEqual(['P0100']));
  });
});
