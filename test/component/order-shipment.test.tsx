import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { saveNewOrder } from '../../renderer/db/order-commands';
import type { DataSession } from '../../renderer/db/session';
import { OrderDetail } from '../../renderer/features/orders/OrderDetail';
import { customerInput, freshSession, orderDraft, toFulfilment } from '../unit/db/fixtures';
import { messageOf, renderScreen } from './support';

// "Ship partially" on the order detail, as a clerk uses it: the dialog starts with what is outstanding,
// says on the line what cannot ship, and records what went out; the detail, the timeline and the picking
// list then show what is left, until a shipment covers it all.

async function fulfillingOrder() {
  const session = await freshSession(() => new Date());
  const customer = await session.repos.customers.create(customerInput({ name: 'Acme Trading' }));
  const product = (sku: string, name: string) =>
    session.repos.products.create({ sku, name, unit: 'pc', unitPrice: 1000, taxRate: 0, active: true });
  const chair = await product('P1', 'Chair');
  const desk = await product('P2', 'Desk');
  const draft = orderDraft(customer.id, [
    { productId: chair.id, quantity: 10, unitPrice: 1000, taxRate: 0 },
    { productId: desk.id, quantity: 2, unitPrice: 1000, taxRate: 0 },
  ]);
  const order = await saveNewOrder(session, draft, true);
  await toFulfilment(session, order.id);
  return { session, order };
}

const renderDetail = (session: DataSession, orderId: string, language: 'en' | 'zh-CN' = 'en') =>
  renderScreen(
    <OrderDetail orderId={orderId} onClose={() => {}} staff={new Map()} activeStaff={[]} onEdit={() => {}} />,
    { session, language },
  );

const dialog = () => within(screen.getByTestId('shipment-form'));
const outstandingColumn = () => screen.getAllByTestId('line-outstanding').map((cell) => cell.textContent);

describe('shipping an order partially', () => {
  it('asks what went out, refuses too much or a negative on its line, and records the rest as outstanding', async () => {
    const { session, order } = await fulfillingOrder();
    const user = await renderDetail(session, order.id);
    await user.click(await screen.findByRole('button', { name: 'Ship partially' }));
    await screen.findByTestId('shipment-form');
    const chairs = dialog().getByLabelText('Ship now: Chair');
    const desks = dialog().getByLabelText('Ship now: Desk');
    // Each line starts with what it has outstanding; the first takes the focus with its text selected.
    expect((chairs as HTMLInputElement).value).toBe('10');
    expect((desks as HTMLInputElement).value).toBe('2');
    await waitFor(() => expect(document.activeElement).toBe(chairs));

    await user.keyboard('12');
    await user.tab();
    await user.keyboard('-1');
    await user.click(dialog().getByRole('button', { name: 'Record shipment' }));
    expect(messageOf(chairs)).toBe('Only 10 left to ship on this line');
    expect(messageOf(desks)).toBe('Cannot be negative: enter 0 to ship none of this line');
    expect(document.activeElement).toBe(chairs);
    expect((await session.db.orders.get(order.id))?.lines.map((l) => l.shipped)).toEqual([0, 0]);

    await user.keyboard('4');
    await user.tab();
    await user.keyboard('0{Enter}');
    await waitFor(() => expect(screen.queryByTestId('shipment-form')).toBeNull());
    await screen.findByText(`Shipment of ${order.number} recorded; the rest is outstanding`);
    await waitFor(() => expect(outstandingColumn()).toEqual(['6', '2']));
    const detail = within(screen.getByTestId('order-detail'));
    expect(detail.getByText('Partially shipped')).toBeTruthy();
    expect(detail.getByText('Chair: 4 shipped (4 so far)')).toBeTruthy();
    expect((await session.db.orders.get(order.id))?.lines.map((l) => l.shipped)).toEqual([4, 0]);

    // The picking list prints what is still to go out.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByTestId('print-order'));
    await user.click(await screen.findByTestId('print-menu-picking'));
    const picking = within(await screen.findByTestId('print-picking'));
    const rows = picking.getAllByRole('row').slice(1, 3);
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent)).toEqual(['6', '2']);
    window.dispatchEvent(new Event('afterprint'));
    print.mockRestore();

    // A second shipment starts from what is left; covering all of it ships the order.
    await user.click(screen.getByRole('button', { name: 'Ship partially' }));
    await screen.findByTestId('shipment-form');
    expect((dialog().getByLabelText('Ship now: Chair') as HTMLInputElement).value).toBe('6');
    await user.keyboard('{Enter}');
    await screen.findByText(
      `Shipment of ${order.number} recorded: nothing is outstanding, the order is shipped`,
    );
    await waitFor(() => expect(within(screen.getByTestId('order-detail')).getByText('Shipped')).toBeTruthy());
    expect((await session.db.orders.get(order.id))?.lines.map((l) => l.shipped)).toEqual([10, 2]);
    const shipments = await session.db.orderEvents
      .where('orderId')
      .equals(order.id)
      .filter((e) => e.kind === 'shipment')
      .count();
    expect(shipments).toBe(2);
  });

  it('says in Chinese what is left, and a line already shipped whole asks nothing', async () => {
    const { session, order } = await fulfillingOrder();
    const user = await renderDetail(session, order.id, 'zh-CN');
    await user.click(await screen.findByRole('button', { name: '部分发货' }));
    await screen.findByTestId('shipment-form');
    await user.tab();
    await user.keyboard('0{Enter}');
    // The chairs went out whole: only the desks are left, and the next shipment asks only for them.
    await waitFor(() => expect(outstandingColumn()).toEqual(['0', '2']));
    await user.click(screen.getByRole('button', { name: '部分发货' }));
    await screen.findByTestId('shipment-form');
    expect(dialog().queryByLabelText('本次发货：Chair')).toBeNull();
    expect(dialog().getByText('已全部发货')).toBeTruthy();
    const desks = dialog().getByLabelText('本次发货：Desk');
    await waitFor(() => expect(document.activeElement).toBe(desks));
    await user.keyboard('3');
    await user.click(dialog().getByRole('button', { name: '登记发货' }));
    expect(messageOf(desks)).toBe('本行只剩 2 未发货');
  });
});
