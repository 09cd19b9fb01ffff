import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DataSession } from '../../renderer/db/session';
import CustomersPage from '../../renderer/features/customers-products/CustomersPage';
import { customerInput, freshSession } from '../unit/db/fixtures';
import { holdCalls, inside, messageOf, renderScreen } from './support';

// Customers & Products through their page and forms over a real session (fake-indexeddb): what a person
// types, the messages each field gives in both languages, a double Enter, and refusals from saving.

const renderPage = (session: DataSession, language: 'en' | 'zh-CN' = 'en') =>
  renderScreen(<CustomersPage />, { session, language });

const form = () => inside('customer-form');
const rowCodes = (table: string) =>
  [...screen.getByTestId(table).querySelectorAll('tbody tr[data-code]')].map((row) =>
    row.getAttribute('data-code'),
  );

describe('customers', () => {
  it('creates a customer through the form and finds it by its pinyin initials', async () => {
    const session = await freshSession();
    await session.repos.customers.create(customerInput({ code: 'C0001', name: '上海明达贸易有限公司' }));
    const user = await renderPage(session);
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

  const messages = {
    en: {
      required: 'Required',
      tooLong: 'At most 255 characters',
      decimals: 'At most 2 decimal places',
      negative: 'Cannot be negative',
      notAmount: 'Enter an amount such as 1280.50',
      email: 'Enter an e-mail address such as name@example.com',
      labels: { code: /^Code/, name: /^Name/, credit: /^Credit limit/, email: 'E-mail', save: 'Save' },
      newCustomer: 'New customer',
    },
    'zh-CN': {
      required: '必填',
      tooLong: '最多 255 个字符',
      decimals: '最多 2 位小数',
      negative: '不能为负数',
      notAmount: '请输入金额，例如 1280.50',
      email: '请输入电子邮箱，例如 name@example.com',
      labels: { code: /^编码/, name: /^名称/, credit: /^信用额度/, email: '电子邮箱', save: '保存' },
      newCustomer: '新建客户',
    },
  } as const;

  for (const language of ['en', 'zh-CN'] as const) {
    it(`says in ${language} what is wrong with each field, moves to the first, and saves nothing`, async () => {
      const m = messages[language];
      const session = await freshSession();
      const user = await renderPage(session, language);
      await user.click(await screen.findByRole('button', { name: m.newCustomer }));
      const code = form().getByLabelText(m.labels.code);
      const name = form().getByLabelText(m.labels.name);
      const credit = form().getByLabelText(m.labels.credit);
      const email = form().getByLabelText(m.labels.email);
      await user.click(form().getByRole('button', { name: m.labels.save }));
      expect(messageOf(code)).toBe(m.required);
      expect(messageOf(name)).toBe(m.required);
      expect(document.activeElement).toBe(code); // the first field with a message

      await user.type(code, 'C0200');
      await user.click(name);
      await user.paste('广'.repeat(256)); // a name pasted from a spreadsheet
      await user.type(email, 'not-an-email');
      await user.click(form().getByRole('button', { name: m.labels.save }));
      expect(messageOf(code)).toBeNull();
      expect(messageOf(name)).toBe(m.tooLong);
      expect(messageOf(email)).toBe(m.email);
      expect(document.activeElement).toBe(name);

      for (const [typed, message] of [
        ['12.345', m.decimals],
        ['-5', m.negative],
        ['abc', m.notAmount],
        ['', m.required],
      ] as const) {
        await user.clear(credit);
        if (typed) await user.type(credit, typed);
        await user.click(form().getByRole('button', { name: m.labels.save }));
        expect(messageOf(credit)).toBe(message);
      }
      expect(await session.db.customers.count()).toBe(0);
    }, 20_000);
  }

  it('saves once when Enter is pressed again while the save is on its way', async () => {
    const session = await freshSession();
    const user = await renderPage(session);
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    await user.type(form().getByLabelText(/^Code/), 'C0300');
    await user.type(form().getByLabelText(/^Name/), '成都天府商贸有限公司');
    const held = holdCalls(session.db, 'transaction');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(held.calls()).toBe(1));
    expect(form().getByTestId('form-save').getAttribute('data-loading')).toBe('true');
    // Enter again (the busy Save button takes no implicit submit), and Ctrl+Enter, which saves from anywhere.
    await user.keyboard('{Enter}{Control>}{Enter}{/Control}{Control>}{Enter}{/Control}');
    expect(held.calls()).toBe(1); // one save started, whatever was pressed after it
    held.release();
    await waitFor(() => expect(screen.queryByTestId('customer-form')).toBeNull());
    expect(await session.db.customers.where('code').equals('C0300').count()).toBe(1);
    expect(screen.getAllByText('“成都天府商贸有限公司” added')).toHaveLength(1);
  });

  it('refuses a code another customer holds, also a deleted one, on the code field', async () => {
    const session = await freshSession();
    const { customers } = session.repos;
    await customers.create(customerInput({ code: 'C0001', name: '北京华信科技有限公司' }));
    const gone = await customers.create(customerInput({ code: 'C0002', name: '杭州嘉禾食品有限公司' }));
    await customers.remove(gone.id);
    const user = await renderPage(session);
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    const code = form().getByLabelText(/^Code/);
    await user.type(code, 'c0001');
    await user.type(form().getByLabelText(/^Name/), '北京华信二公司{Enter}');
    await waitFor(() => expect(messageOf(code)).toBe('Already used by 北京华信科技有限公司 (C0001)'));
    expect(document.activeElement).toBe(code);

    await user.clear(code);
    await user.type(code, 'C0002{Enter}');
    await waitFor(() =>
      expect(messageOf(code)).toMatch(/^Used by the deleted 杭州嘉禾食品有限公司 \(C0002\)/),
    );
    expect(await session.db.customers.count()).toBe(2);

    // Leaving with what was typed asks first; keeping on editing keeps the form.
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByTestId('customer-form')).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.click(await screen.findByTestId('discard-changes'));
    await waitFor(() => expect(screen.queryByTestId('customer-form')).toBeNull());

    // Editing a customer keeps its own code.
    await user.click(await screen.findByText('北京华信科技有限公司'));
    await user.clear(form().getByLabelText(/^Name/));
    await user.type(form().getByLabelText(/^Name/), '北京华信科技集团{Enter}');
    await waitFor(() => expect(screen.queryByTestId('customer-form')).toBeNull());
    expect((await session.db.customers.where('code').equals('C0001').first())?.name).toBe('北京华信科技集团');
  });

  it('does not save over a customer changed meanwhile, and says so in the user’s language', async () => {
    const session = await freshSession();
    const huaxin = await session.repos.customers.create(customerInput({ code: 'C0001', name: '北京华信' }));
    const user = await renderPage(session, 'zh-CN');
    await user.click(await screen.findByText('北京华信'));
    // Meanwhile a package from another machine changes the same customer.
    await session.repos.customers.update(huaxin.id, { phone: '010-8888' });
    await user.type(form().getByLabelText(/^名称/), '科技{Enter}');
    expect((await form().findByTestId('form-error')).textContent).toBe(
      '该记录已在本机或其他电脑上被修改：请关闭后重新打开以查看新版本',
    );
    expect((await session.db.customers.get(huaxin.id))?.name).toBe('北京华信');
  });

  it('deletes after confirmation, undoes from the notification, and restores from the deleted list', async () => {
    const session = await freshSession();
    await session.repos.customers.bulkCreate([
      customerInput({ code: 'C0001', name: '北京华信科技有限公司' }),
      customerInput({ code: 'C0002', name: '深圳鑫源电子有限公司' }),
    ]);
    const user = await renderPage(session);
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
  const product = () => inside('product-form');

  it('takes the price in yuan and the tax rate in percent, exactly', async () => {
    const session = await freshSession();
    const user = await renderPage(session);
    await user.click(await screen.findByRole('button', { name: 'New product' }));
    await user.type(product().getByLabelText(/^SKU/), 'P0100');
    await user.type(product().getByLabelText(/^Unit\s*\*?$/), '箱');
    await user.type(product().getByLabelText(/^Name/), '打印纸 A4');
    await user.type(product().getByLabelText(/^Unit price/), '19.99');
    const tax = product().getByLabelText(/^Tax rate/);
    await user.clear(tax);
    await user.type(tax, '101{Enter}');
    expect(messageOf(tax)).toBe('Enter a percentage from 0 to 100, e.g. 13 or 6.5');
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

  it('says in Chinese what is wrong with each field, and refuses a SKU in use on its field', async () => {
    const session = await freshSession();
    await session.repos.products.create({
      sku: 'P0001',
      name: '办公桌',
      unit: '张',
      unitPrice: 120_000,
      taxRate: 1300,
      active: true,
    });
    const user = await renderPage(session, 'zh-CN');
    await user.click(await screen.findByRole('tab', { name: /产品/ }));
    await user.click(await screen.findByRole('button', { name: '新建产品' }));
    const sku = product().getByLabelText(/^产品编码/);
    const unit = product().getByLabelText(/^单位/);
    const price = product().getByLabelText(/^单价/);
    const tax = product().getByLabelText(/^税率/);
    await user.click(unit);
    await user.paste('一二三四五六七八九十一二三四五六七八九十一');
    await user.type(price, '9.999');
    await user.clear(tax);
    await user.type(tax, '6.125');
    await user.click(product().getByRole('button', { name: '保存' }));
    expect(messageOf(sku)).toBe('必填');
    expect(messageOf(unit)).toBe('最多 20 个字符');
    expect(messageOf(price)).toBe('最多 2 位小数');
    expect(messageOf(tax)).toBe('最多 2 位小数');

    await user.type(sku, 'p0001');
    await user.clear(unit);
    await user.type(unit, '箱');
    await user.type(product().getByLabelText(/^名称/), '文件柜');
    await user.clear(price);
    await user.type(price, '800');
    await user.clear(tax);
    await user.type(tax, '13');
    const held = holdCalls(session.db, 'transaction');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(held.calls()).toBe(1);
    held.release();
    await waitFor(() => expect(messageOf(sku)).toBe('已被 办公桌（P0001）使用'));
    expect(await session.db.products.count()).toBe(1);
  });
});
