import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../renderer/app/session-context';
import { theme } from '../../renderer/app/theme';
import { PrintOrderButton } from '../../renderer/features/orders/export';
import { customerInput, freshSession, orderInput } from '../unit/db/fixtures';

async function seeded() {
  const session = await freshSession();
  const customer = await session.repos.customers.create(
    customerInput({ name: '北京华联商贸有限公司', contact: '王芳', phone: '010-12345678' }),
  );
  const paper = await session.repos.products.create({
    sku: 'P-A4',
    name: 'A4复印纸（70g）',
    unit: '箱',
    unitPrice: 2550,
    taxRate: 1300,
    active: true,
  });
  const order = await session.repos.orders.create(
    orderInput(customer.id, {
      number: 'SO-2026-001',
      lines: [{ productId: paper.id, quantity: 10, unitPrice: 2550, taxRate: 1300 }],
      subtotal: 25_500,
      tax: 3315,
      total: 28_815,
      notes: '送到前台',
    }),
  );
  return { session, order };
}

describe('printing an order', () => {
  it('prints a confirmation with prices and a picking list without, then clears the print layout', async () => {
    const { session, order } = await seeded();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(
      <MantineProvider theme={theme} env="test">
        <SessionProvider session={session}>
          <PrintOrderButton orderId={order.id} />
        </SessionProvider>
      </MantineProvider>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByTestId('print-order'));
    await user.click(await screen.findByTestId('print-menu-confirmation'));
    const confirmation = await screen.findByTestId('print-confirmation');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = within(confirmation);
    expect(sheet.getByText('Order confirmation')).toBeTruthy();
    expect(sheet.getByText('北京华联商贸有限公司')).toBeTruthy();
    expect(sheet.getByText('A4复印纸（70g）')).toBeTruthy();
    expect(sheet.getByTestId('print-total').textContent).toBe('CN¥288.15');
    expect(confirmation.closest('.sd-print-root')?.parentElement).toBe(document.body);

    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(document.querySelector('.sd-print-root')).toBeNull());

    await user.click(screen.getByTestId('print-order'));
    await user.click(await screen.findByTestId('print-menu-picking'));
    const picking = await screen.findByTestId('print-picking');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    expect(within(picking).getByText('Picking list')).toBeTruthy();
    expect(within(picking).queryByText('Unit price')).toBeNull();
    expect(within(picking).queryByText('CN¥25.50')).toBeNull();
    expect(within(picking).getByText('箱')).toBeTruthy();
    print.mockRestore();
  });
});
