import { describe, expect, it } from 'vitest';
import {
  applySavedMapping,
  autoMatchColumns,
  type ColumnMapping,
  headerKey,
  mappingToSaved,
  matchHeader,
  missingRequired,
} from '../../../shared/import/columns';

const fieldsOf = (headers: string[]) => {
  const mapping = autoMatchColumns(headers);
  return Object.fromEntries(
    Object.entries(mapping).map(([field, index]) => [field, headers[index as number]]),
  );
};

describe('autoMatchColumns', () => {
  it('matches a Chinese Excel header row', () => {
    const headers = ['订单号', '客户名称', '产品名称', '数量', '单价', '金额', '订单日期'];
    expect(autoMatchColumns(headers)).toEqual({
      orderNumber: 0,
      customer: 1,
      product: 2,
      quantity: 3,
      unitPrice: 4,
      amount: 5,
      orderDate: 6,
    });
  });

  it('matches other Chinese names', () => {
    expect(
      fieldsOf([
        '单号',
        '客户',
        '客户编号',
        '品名',
        '货号',
        '数量',
        '税率',
        '交货日期',
        '优先级',
        '备注',
        '单位',
        '地区',
        '联系人',
        '电话',
        '折扣',
        '小计',
      ]),
    ).toEqual({
      orderNumber: '单号',
      customer: '客户',
      customerCode: '客户编号',
      product: '品名',
      sku: '货号',
      quantity: '数量',
      taxRate: '税率',
      requestedDate: '交货日期',
      priority: '优先级',
      notes: '备注',
      unit: '单位',
      region: '地区',
      contact: '联系人',
      phone: '电话',
      discount: '折扣',
      amount: '小计',
    });
  });

  it('matches English names case-, space- and punctuation-insensitively', () => {
    expect(
      fieldsOf([
        'ORDER_NO',
        ' customer  name ',
        'Product-Name',
        'SKU',
        'qty',
        'Unit Price (CNY)',
        'Line Total',
        'Order Date',
        'Due Date',
        'Notes',
      ]),
    ).toEqual({
      orderNumber: 'ORDER_NO',
      customer: ' customer  name ',
      product: 'Product-Name',
      sku: 'SKU',
      quantity: 'qty',
      unitPrice: 'Unit Price (CNY)',
      amount: 'Line Total',
      orderDate: 'Order Date',
      requestedDate: 'Due Date',
      notes: 'Notes',
    });
  });

  it('matches a Zoho CRM sales order export', () => {
    expect(
      fieldsOf([
        'Sales Order Number',
        'Subject',
        'Account Name',
        'Product Name',
        'Product Code',
        'Quantity',
        'List Price',
        'Discount',
        'Tax',
        'Total',
        'Created Time',
        'Due Date',
        'Description',
        'Sales Order Owner',
      ]),
    ).toEqual({
      orderNumber: 'Sales Order Number',
      customer: 'Account Name',
      product: 'Product Name',
      sku: 'Product Code',
      quantity: 'Quantity',
      unitPrice: 'List Price',
      discount: 'Discount',
      taxRate: 'Tax',
      amount: 'Total',
      orderDate: 'Created Time',
      requestedDate: 'Due Date',
      notes: 'Description',
    });
    expect(fieldsOf(['SO Number', 'Account', 'Item', 'Qty', 'Price', 'Sales', 'Date'])).toEqual({
      orderNumber: 'SO Number',
      customer: 'Account',
      product: 'Item',
      quantity: 'Qty',
      unitPrice: 'Price',
      amount: 'Sales',
      orderDate: 'Date',
    });
  });

  it('matches a Fxiaoke (纷享销客) order-product export, with units in brackets and * marks', () => {
    expect(
      fieldsOf([
        '*销售订单编号',
        '客户名称',
        '产品名称',
        '产品编码',
        '单位',
        '数量',
        '销售单价(元)',
        '小计（元）',
        '折扣',
        '下单日期',
        '要求交期',
        '负责人',
        '备注',
      ]),
    ).toEqual({
      orderNumber: '*销售订单编号',
      customer: '客户名称',
      product: '产品名称',
      sku: '产品编码',
      unit: '单位',
      quantity: '数量',
      unitPrice: '销售单价(元)',
      amount: '小计（元）',
      discount: '折扣',
      orderDate: '下单日期',
      requestedDate: '要求交期',
      notes: '备注',
    });
  });

  it('matches bilingual and full-width headers', () => {
    expect(fieldsOf(['订单号/Order No', 'Quantity 数量', '客户Customer', 'Ｐｒｉｃｅ'])).toEqual({
      orderNumber: '订单号/Order No',
      quantity: 'Quantity 数量',
      customer: '客户Customer',
      unitPrice: 'Ｐｒｉｃｅ',
    });
    expect(matchHeader('Order #')?.field).toBe('orderNumber');
    // A whole-header match beats a bilingual part match.
    expect(autoMatchColumns(['订单号/Order No', 'Order #']).orderNumber).toBe(1);
    expect(matchHeader('数量/Price')).toBeNull();
  });

  it('prefers the better name when two headers match one field, never maps a column twice', () => {
    const headers = ['Total', 'Line Total', 'Date', 'Order Date', 'Customer', 'Customer Name'];
    const mapping = autoMatchColumns(headers);
    expect(mapping.amount).toBe(1);
    expect(mapping.orderDate).toBe(3);
    expect(mapping.customer).toBe(5);
    const used = Object.values(mapping);
    expect(new Set(used).size).toBe(used.length);
  });

  it('ignores unrelated headers', () => {
    expect(autoMatchColumns(['负责人', 'Owner', '', 'Stage', '__proto__', 'constructor'])).toEqual({});
  });

  it('normalises header keys', () => {
    expect(headerKey(' Unit  Price（元） ')).toBe('unitprice');
    expect(headerKey('Tax %')).toBe('taxpct');
    expect(headerKey('ＳＫＵ')).toBe('sku');
  });
});

describe('missingRequired', () => {
  it('lists the required fields with no column', () => {
    expect(missingRequired({})).toEqual(['orderNumber', 'customer', 'product', 'quantity']);
    expect(missingRequired({ orderNumber: 0, customer: 1, product: 2, quantity: 3 })).toEqual([]);
    expect(missingRequired({ orderNumber: 0, product: 2 })).toEqual(['customer', 'quantity']);
  });
});

describe('saved mappings', () => {
  const headers = ['单号', '客户', '商品', '件数', '价钱', '金额', 'Tax'];
  const chosen: ColumnMapping = {
    orderNumber: 0,
    customer: 1,
    product: 2,
    quantity: 3,
    unitPrice: 4,
    amount: 5,
  };

  it('remembers user choices by header text and re-applies them to reordered columns', () => {
    const saved = mappingToSaved(headers, chosen);
    expect(saved).toEqual({
      orderNumber: '单号',
      customer: '客户',
      product: '商品',
      quantity: '件数',
      unitPrice: '价钱',
      amount: '金额',
      taxRate: null,
    });
    const next = ['价钱', '件数', '商品', '客户', '单号', 'Tax', '金额', '备注'];
    expect(applySavedMapping(next, saved)).toEqual({
      unitPrice: 0,
      quantity: 1,
      product: 2,
      customer: 3,
      orderNumber: 4,
      amount: 6,
      notes: 7,
    });
  });

  it('finds a saved header whose case or spacing changed', () => {
    const saved = mappingToSaved(['Order ID', 'Cust'], { orderNumber: 0, customer: 1 });
    expect(applySavedMapping(['ORDER  ID', 'cust'], saved)).toEqual({ orderNumber: 0, customer: 1 });
  });

  it('auto-matches fields whose saved header is gone', () => {
    expect(applySavedMapping(['订单号', '数量'], { orderNumber: 'Order ID', quantity: '数量' })).toEqual({
      orderNumber: 0,
      quantity: 1,
    });
  });

  it('is not fooled by a __proto__ header or saved keys', () => {
    const saved = JSON.parse('{"__proto__": "x", "orderNumber": "__proto__"}');
    const mapping = applySavedMapping(['__proto__', '数量'], saved);
    expect(mapping).toEqual({ orderNumber: 0, quantity: 1 });
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
  });
});
