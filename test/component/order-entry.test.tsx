import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyOrderAction, saveNewOrder } from '../../renderer/db/order-commands';
import type { DataSession } from '../../renderer/db/session';
import { OrderEntry } from '../../renderer/features/orders/entry/OrderEntry';
import { customerInput, freshSession, orderDraft } from '../unit/db/fixtures';
import { holdCalls, messageOf, renderScreen } from './support';

// Order entry as a clerk works it, from the keyboard: the customer and products picked by typing and the
// arrow keys, Tab to the next field, Enter in a quantity for a new line, Ctrl+S for a draft and
// Ctrl+Enter to submit — with every field's message in both languages and refusals from saving.

type User = ReturnType<typeof userEvent.setup>;

async function office() {
  const session = await freshSession(() => new Date());
  const customer = await session.repos.customers.create(
    customerInput({ code: 'C0001', name: '北京华信科技' }),
  );
  const [desk, paper] = await session.repos.products.bulkCreate([
    { sku: 'P0001', name: '办公桌', unit: '张', unitPrice: 120_000, taxRate: 1300, active: true },
    { sku: 'P0002', name: '打印纸', unit: '箱', unitPrice: 9_950, taxRate: 1300, active: true },
  ]);
  if (!desk || !paper) throw new Error('no products');
  return { session, customer, desk, paper };
}

const open = (session: DataSession, language: 'en' | 'zh-CN' = 'en', editId: string | null = null) => {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const rendered = renderScreen(<OrderEntry editId={editId} onSaved={onSaved} onClose={onClose} />, {
    session,
    language,
  });
  return { onSaved, onClose, rendered };
};

const entry = () => within(screen.getByTestId('order-entry'));
const line = (index: number) => within(screen.getByTestId(`entry-line-${index}`));

/** Type into the focused picker and take the first suggestion, as a person does with the keyboard. */
async function pick(user: User, text: string) {
  await user.keyboard(text);
  await screen.findAllByRole('option');
  await user.keyboard('{ArrowDown}{Enter}');
}

/** The customer picked where the cursor starts, Tab, and a product for the first line. */
async function firstLine(user: User, productCode: string) {
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('entry-customer')));
  await pick(user, 'C0001');
  await user.tab();
  await pick(user, productCode);
}

describe('order entry', () => {
  it('is entered from the keyboard alone: a typed 5 replaces the 1, Enter adds a line, the totals follow', async () => {
    const { session, customer, desk, paper } = await office();
    const { onSaved, rendered } = open(session);
    const user = await rendered;
    await firstLine(user, 'P0001');
    await user.tab();
    await user.keyboard('5'); // the prefilled 1 is selected as the field takes the focus
    expect((line(0).getByLabelText('Quantity') as HTMLInputElement).value).toBe('5');
    await user.keyboard('{Enter}'); // a new line, the cursor on its product
    await waitFor(() =>
      expect(document.activeElement).toBe(line(1).getByLabelText('Product', { selector: 'input' })),
    );
    await pick(user, 'P0002');
    // Only complete lines count: 5 × 1,200.00 + 1 × 99.50, plus 13 % tax.
    expect(entry().getByTestId('entry-total').textContent).toBe('Total: CN¥6,892.44');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [order] = await session.db.orders.toArray();
    expect(order).toMatchObject({
      customerId: customer.id,
      status: 'submitted',
      lines: [
        { productId: desk.id, quantity: 5, unitPrice: 120_000, discount: 0, taxRate: 1300 },
        { productId: paper.id, quantity: 1, unitPrice: 9_950, discount: 0, taxRate: 1300 },
      ],
      subtotal: 609_950,
      total: 689_244,
    });
    expect(await screen.findByText(`Order ${order?.number} submitted.`)).toBeTruthy();
  });

  const texts = {
    en: {
      choose: 'Choose one of the options',
      noLines: 'Add at least one line with a product',
      positive: 'Must be more than 0',
      decimals: 'At most 2 decimal places',
      discount: 'Cannot be more than the line amount',
      reason: 'Say why the price differs from the list price',
      labels: {
        quantity: 'Quantity',
        price: 'Unit price',
        discount: 'Discount',
        reason: 'Why a different price?',
      },
    },
    'zh-CN': {
      choose: '请从选项中选择',
      noLines: '请至少添加一行带产品的明细',
      positive: '必须大于 0',
      decimals: '最多 2 位小数',
      discount: '不能超过该行金额',
      reason: '请说明价格与标价不同的原因',
      labels: { quantity: '数量', price: '单价', discount: '折扣', reason: '改价原因' },
    },
  } as const;

  for (const language of ['en', 'zh-CN'] as const) {
    it(`says in ${language} what is wrong with the customer and each line, and saves nothing`, async () => {
      const m = texts[language];
      const { session } = await office();
      const user = await open(session, language).rendered;
      const customer = await screen.findByTestId('entry-customer');
      await waitFor(() => expect(document.activeElement).toBe(customer));
      await user.keyboard('{Control>}{Enter}{/Control}');
      expect(messageOf(customer)).toBe(m.choose);
      expect(entry().getByText(m.noLines)).toBeTruthy();

      await pick(user, 'C0001');
      await user.tab();
      await pick(user, 'P0001');
      const quantity = line(0).getByLabelText(m.labels.quantity);
      const price = line(0).getByLabelText(m.labels.price);
      const discount = line(0).getByLabelText(m.labels.discount);
      await user.tab();
      await user.keyboard('0{Tab}1200.005{Tab}');
      await user.keyboard('{Control>}{Enter}{/Control}');
      expect(messageOf(quantity)).toBe(m.positive);
      expect(messageOf(price)).toBe(m.decimals);
      expect(document.activeElement).toBe(quantity);

      await user.keyboard('2{Tab}1000{Tab}2500{Control>}{Enter}{/Control}');
      expect(messageOf(discount)).toBe(m.discount);
      expect(messageOf(line(0).getByLabelText(m.labels.reason))).toBe(m.reason);
      expect(await session.db.orders.count()).toBe(0);
    });
  }

  it('saves one draft with Ctrl+S, however often it is pressed while saving', async () => {
    const { session } = await office();
    const { onSaved, rendered } = open(session);
    const user = await rendered;
    await firstLine(user, 'P0002');
    const held = holdCalls(session.db, 'transaction');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Control>}s{/Control}{Control>}{Enter}{/Control}');
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for a second save to begin, were there one
    expect(held.calls()).toBe(1);
    held.release();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect((await session.db.orders.toArray()).map((o) => o.status)).toEqual(['draft']);
  });

  it('does not save an edit over an order moved on meanwhile, and says so in Chinese', async () => {
    const { session, customer, paper } = await office();
    const order = await saveNewOrder(
      session,
      orderDraft(customer.id, [{ productId: paper.id, quantity: 3, unitPrice: 9_950, taxRate: 1300 }]),
      true,
    );
    const user = await open(session, 'zh-CN', order.id).rendered;
    await screen.findByTestId('entry-line-0');
    const quantity = line(0).getByLabelText('数量');
    // Meanwhile a colleague validates it.
    await applyOrderAction(session, order.id, 'validate');
    await user.click(quantity);
    await user.keyboard('4');
    await user.click(entry().getByTestId('entry-submit'));
    expect((await entry().findByTestId('form-error')).textContent).toBe(
      '该记录已在本机或其他电脑上被修改：请关闭后重新打开以查看新版本',
    );
    expect((await session.db.orders.get(order.id))?.lines[0]?.quantity).toBe(3);
  });

  it('asks about a likely duplicate; Esc closes only the question, and "Save anyway" saves once', async () => {
    const { session, customer, paper } = await office();
    await saveNewOrder(
      session,
      orderDraft(customer.id, [{ productId: paper.id, quantity: 1, unitPrice: 9_950, taxRate: 1300 }]),
      true,
    );
    const { onSaved, rendered } = open(session);
    const user = await rendered;
    await firstLine(user, 'P0002');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('This looks like a duplicate');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText('This looks like a duplicate')).toBeNull());
    // The order being entered is still there, untouched.
    expect(screen.getByTestId('order-entry')).toBeTruthy();
    expect(screen.queryByText('Discard changes?')).toBeNull();
    // Back where they were, so the keys work again.
    await waitFor(() =>
      expect(entry().getByTestId('entry-line-0').contains(document.activeElement)).toBe(true),
    );
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(await screen.findByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect((await session.db.orders.toArray()).map((o) => o.status)).toEqual(['submitted', 'submitted']);
  });

  it('a line removed is a change: Esc asks before discarding it, and Esc on the question keeps editing', async () => {
    const { session, customer, desk, paper } = await office();
    const order = await saveNewOrder(
      session,
      orderDraft(customer.id, [
        { productId: desk.id, quantity: 1, unitPrice: 120_000, taxRate: 1300 },
        { productId: paper.id, quantity: 2, unitPrice: 9_950, taxRate: 1300 },
      ]),
      false,
    );
    const { onClose, rendered } = open(session, 'en', order.id);
    const user = await rendered;
    await screen.findByTestId('entry-line-1');
    await user.click(line(1).getByRole('button', { name: 'Remove line' }));
    await waitFor(() => expect(screen.queryByTestId('entry-line-1')).toBeNull());
    await user.keyboard('{Escape}');
    await screen.findByText('Discard changes?');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText('Discard changes?')).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByTestId('order-entry')).toBeTruthy();
  });
});
