import { currencyDigits, orderTotals } from '../rules/money';
import { type ImportField, missingRequired } from './columns';
import { type DateTime, parseDate, parseDateTime } from './dates';
import { ImportError } from './errors';
import { normaliseOrderNumber } from './normalise';
import type { Parsed } from './parsed';
import { codeGenerator, type EntityKey, EntityResolver } from './plan-entities';
import { priceLine } from './plan-lines';
import type {
  EntityRef,
  ImportPlan,
  NewCustomer,
  NewProduct,
  PlanInput,
  PlannedLine,
  PlannedOrder,
  PlanWarning,
  Rejection,
  RejectReason,
} from './plan-types';
import type { Cell, DataRow } from './table';
import {
  cellText,
  type Discount,
  parseDiscount,
  parseMoney,
  parsePriority,
  parseQuantity,
  parseSegment,
  parseTaxRate,
} from './values';

// Dry run of "import order lines": which customers and products would be created, which orders, and
// which rows are refused and why. No side effects; the caller saves the plan in one transaction.
// Every row ends up in exactly one planned order or in `rejected` with at least one reason, and an
// order with any refused row is refused whole, so nothing is saved half.

export type * from './plan-types';

/** Longest external order number kept. */
export const MAX_EXTERNAL_NUMBER = 64;
/** Most lines on one order (orderFieldsSchema). */
export const MAX_LINES = 500;
export const MAX_NOTES = 2000;

const limits = {
  customer: 120,
  customerCode: 40,
  contact: 80,
  phone: 40,
  region: 40,
  product: 120,
  sku: 40,
  unit: 20,
};

interface CustomerDetails {
  name: string;
  code: string;
  contact: string;
  phone: string;
  region: string;
  segment: NewCustomer['segment'] | null;
}

interface ProductDetails {
  name: string;
  sku: string;
  unit: string;
}

interface RowFacts {
  row: DataRow;
  orderKey: string | null;
  orderNumber: string;
  customerKey: EntityKey | null;
  productKey: EntityKey | null;
  customer: CustomerDetails | null;
  product: ProductDetails | null;
  line: Omit<PlannedLine, 'productRef'> | null;
  orderDate: DateTime | null;
  requestedDate: string | null;
  priority: PlannedOrder['priority'] | null;
  notes: string;
}

const firstFilled = <T>(values: readonly T[], pick: (value: T) => string): string =>
  values.map(pick).find((v) => v !== '') ?? '';

export function planOrderLinesImport(input: PlanInput): ImportPlan {
  const missing = missingRequired(input.mapping);
  if (missing.length > 0) throw new ImportError('mapping_incomplete', { fields: missing });
  const { headers, mapping, existing } = input;
  const digits = currencyDigits(input.currency);

  const cell = (row: DataRow, field: ImportField): Cell => {
    const index = mapping[field];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const text = (row: DataRow, field: ImportField) => cellText(cell(row, field));
  const column = (field: ImportField) => {
    const index = mapping[field];
    return index === undefined ? '' : (headers[index] ?? '');
  };

  const rejections = new Map<number, Rejection[]>();
  const reject = (row: DataRow, field: ImportField, reason: RejectReason) => {
    const entry: Rejection = { row: row.row, column: column(field), field, reason, value: text(row, field) };
    const list = rejections.get(row.row);
    if (list) list.push(entry);
    else rejections.set(row.row, [entry]);
  };
  const warnings: PlanWarning[] = [];
  const warn = (row: DataRow, field: ImportField, reason: PlanWarning['reason']) =>
    warnings.push({ row: row.row, column: column(field), field, reason, value: text(row, field) });

  /** Parse an optional cell: null when empty, rejects the row when bad. */
  const optional = <T>(
    row: DataRow,
    field: ImportField,
    parse: (value: Cell) => Parsed<T>,
  ): T | null | undefined => {
    if (mapping[field] === undefined || text(row, field) === '') return null;
    const parsed = parse(cell(row, field));
    if (parsed.ok) return parsed.value;
    reject(row, field, parsed.reason);
    return undefined;
  };
  const tooLong = (row: DataRow, field: keyof typeof limits) => {
    const bad = text(row, field).length > limits[field];
    if (bad) reject(row, field, 'too_long');
    return bad;
  };

  const customers = new EntityResolver(existing.customers);
  const products = new EntityResolver(
    existing.products.map((p) => ({ id: p.id, code: p.sku, name: p.name })),
  );
  const productById = new Map(existing.products.map((p) => [p.id, p]));
  for (const row of input.rows) {
    customers.noteCoded(text(row, 'customerCode'), text(row, 'customer'));
    products.noteCoded(text(row, 'sku'), text(row, 'product'));
  }

  const facts: RowFacts[] = input.rows.map((row) => {
    const orderNumber = text(row, 'orderNumber');
    let orderKey: string | null = null;
    if (orderNumber === '') reject(row, 'orderNumber', 'required');
    else if (orderNumber.length > MAX_EXTERNAL_NUMBER) reject(row, 'orderNumber', 'too_long');
    else orderKey = normaliseOrderNumber(orderNumber);

    // Customer. A name cell that held the code of a record the file creates adds neither name nor
    // code: some other row gave both in their own columns.
    let customerKey: EntityKey | null = null;
    let customer: CustomerDetails | null = null;
    const customerCode = text(row, 'customerCode');
    const c = customers.resolve(customerCode, text(row, 'customer'));
    if (!c.ok) {
      if (c.reason === 'required') reject(row, 'customer', 'required');
      else reject(row, customerCode !== '' ? 'customerCode' : 'customer', 'customer_ambiguous');
    } else if (!c.isNew) {
      customerKey = c.key;
    } else {
      const fields = ['customer', 'customerCode', 'contact', 'phone', 'region'] as const;
      const long = fields.map((field) => tooLong(row, field)).some(Boolean);
      const segment = optional(row, 'segment', parseSegment);
      if (!long && segment !== undefined) {
        customerKey = c.key;
        customer = {
          name: c.nameIsCode ? '' : text(row, 'customer'),
          code: customerCode,
          contact: text(row, 'contact'),
          phone: text(row, 'phone'),
          region: text(row, 'region'),
          segment,
        };
      }
    }

    // Product
    let productKey: EntityKey | null = null;
    let product: ProductDetails | null = null;
    const sku = text(row, 'sku');
    const p = products.resolve(sku, text(row, 'product'));
    if (!p.ok) {
      if (p.reason === 'required') reject(row, 'product', 'required');
      else reject(row, sku !== '' ? 'sku' : 'product', 'product_ambiguous');
    } else if (!p.isNew) {
      productKey = p.key;
    } else if (!(['product', 'sku', 'unit'] as const).map((field) => tooLong(row, field)).some(Boolean)) {
      productKey = p.key;
      product = p.nameIsCode
        ? { name: '', sku: '', unit: text(row, 'unit') }
        : { name: text(row, 'product'), sku, unit: text(row, 'unit') };
    }

    // Line
    let quantity: number | null = null;
    if (text(row, 'quantity') === '') reject(row, 'quantity', 'required');
    else {
      const parsed = parseQuantity(cell(row, 'quantity'));
      if (parsed.ok) quantity = parsed.value;
      else reject(row, 'quantity', parsed.reason);
    }
    const money = (value: Cell) => parseMoney(value, digits, input.currency);
    const unitPrice = optional(row, 'unitPrice', money);
    const amount = optional(row, 'amount', money);
    const discount = optional<Discount>(row, 'discount', (value) =>
      parseDiscount(value, digits, input.currency),
    );
    const taxRate = optional(row, 'taxRate', parseTaxRate);
    const known = productKey?.startsWith('e:') ? productById.get(productKey.slice(2)) : undefined;

    let line: RowFacts['line'] = null;
    if (
      productKey !== null &&
      quantity !== null &&
      unitPrice !== undefined &&
      amount !== undefined &&
      discount !== undefined &&
      taxRate !== undefined
    ) {
      const rate = taxRate ?? known?.taxRate ?? input.defaultTaxRate;
      const priced = priceLine({
        quantity,
        unitPrice,
        amount,
        discount,
        taxRate: rate,
        catalogPrice: known?.unitPrice ?? null,
      });
      if (!priced.ok) reject(row, priced.field, priced.reason);
      else {
        if (priced.rounded) warn(row, 'amount', 'price_rounded');
        line = {
          quantity,
          unitPrice: priced.unitPrice,
          discount: priced.discount,
          taxRate: rate,
          sourceRow: row.row,
        };
      }
    }

    // Order-level values
    const orderDate = optional(row, 'orderDate', (value) => parseDateTime(value, input.dateOrder));
    const requestedDate = optional(row, 'requestedDate', (value) => parseDate(value, input.dateOrder));
    const priority = optional(row, 'priority', parsePriority);
    return {
      row,
      orderKey,
      orderNumber,
      customerKey,
      productKey,
      customer,
      product,
      line,
      orderDate: orderDate ?? null,
      requestedDate: requestedDate ?? null,
      priority: priority ?? null,
      notes: text(row, 'notes'),
    };
  });

  // Orders: rows grouped by order number, wherever they are in the file.
  const groups = new Map<string, RowFacts[]>();
  for (const fact of facts) {
    if (fact.orderKey === null) continue;
    const group = groups.get(fact.orderKey);
    if (group) group.push(fact);
    else groups.set(fact.orderKey, [fact]);
  }
  const known = new Set([...existing.orderNumbers].map(normaliseOrderNumber));
  const accepted: RowFacts[][] = [];
  let rejectedOrders = 0;
  for (const [key, group] of groups) {
    const all = (field: ImportField, reason: RejectReason) => {
      for (const fact of group) reject(fact.row, field, reason);
    };
    if (known.has(key)) all('orderNumber', 'order_exists');
    if (new Set(group.flatMap((f) => (f.customerKey ? [f.customerKey] : []))).size > 1)
      all('customer', 'order_customer_conflict');
    const conflicts: [ImportField, (f: RowFacts) => string | null][] = [
      ['orderDate', (f) => f.orderDate?.date ?? null],
      ['requestedDate', (f) => f.requestedDate],
      ['priority', (f) => f.priority],
    ];
    for (const [field, pickValue] of conflicts) {
      const first = group.map(pickValue).find((v) => v !== null);
      for (const fact of group) {
        const value = pickValue(fact);
        if (value !== null && value !== first) reject(fact.row, field, 'order_field_conflict');
      }
    }
    if (group.length > MAX_LINES) all('orderNumber', 'too_many_lines');
    if (group.some((fact) => rejections.has(fact.row.row))) {
      for (const fact of group)
        if (!rejections.has(fact.row.row)) reject(fact.row, 'orderNumber', 'order_has_rejected_rows');
      rejectedOrders++;
    } else {
      accepted.push(group);
    }
  }

  // New customers and products: only those an accepted order uses; details from its rows first.
  const acceptedRows = new Set(accepted.flat().map((fact) => fact.row.row));
  const byPreference = [...facts].sort(
    (a, b) =>
      Number(acceptedRows.has(b.row.row)) - Number(acceptedRows.has(a.row.row)) || a.row.row - b.row.row,
  );
  const usedCustomers = new Set(accepted.flat().map((f) => f.customerKey));
  const usedProducts = new Set(accepted.flat().map((f) => f.productKey));
  const customerFacts = groupBy(
    byPreference.filter((f) => f.customer && usedCustomers.has(f.customerKey)),
    (f) => f.customerKey,
  );
  const productFacts = groupBy(
    byPreference.filter((f) => f.product && usedProducts.has(f.productKey)),
    (f) => f.productKey,
  );

  const nextCode = codeGenerator('IMP-', [
    ...existing.customers.map((c) => c.code),
    ...facts.map((f) => f.customer?.code ?? ''),
  ]);
  const nextSku = codeGenerator('IMP-P-', [
    ...existing.products.map((p) => p.sku),
    ...facts.map((f) => f.product?.sku ?? ''),
  ]);

  const customerRefs = new Map<EntityKey, EntityRef>();
  const newCustomers: NewCustomer[] = [];
  const productRefs = new Map<EntityKey, EntityRef>();
  const newProducts: NewProduct[] = [];
  const refOf = (key: EntityKey, refs: Map<EntityKey, EntityRef>): EntityRef =>
    key.startsWith('e:') ? { kind: 'existing', id: key.slice(2) } : (refs.get(key) as EntityRef);

  for (const group of accepted) {
    for (const fact of group) {
      const ck = fact.customerKey as EntityKey;
      if (ck.startsWith('e:') || customerRefs.has(ck)) continue;
      const rows = customerFacts.get(ck) ?? [];
      const details = rows.map((f) => f.customer as CustomerDetails);
      const code = firstFilled(details, (d) => d.code);
      const tempId = `new-customer-${newCustomers.length + 1}`;
      customerRefs.set(ck, { kind: 'new', tempId });
      newCustomers.push({
        tempId,
        code: code || nextCode(),
        name: firstFilled(details, (d) => d.name),
        contact: firstFilled(details, (d) => d.contact),
        phone: firstFilled(details, (d) => d.phone),
        region: firstFilled(details, (d) => d.region),
        segment: details.map((d) => d.segment).find((s) => s !== null) ?? 'new',
        tags: [],
        creditLimit: 0,
        notes: '',
        generatedCode: code === '',
        sourceRows: rows.filter((f) => acceptedRows.has(f.row.row)).map((f) => f.row.row),
      });
    }
    for (const fact of group) {
      const pk = fact.productKey as EntityKey;
      if (pk.startsWith('e:') || productRefs.has(pk)) continue;
      const rows = productFacts.get(pk) ?? [];
      const details = rows.map((f) => f.product as ProductDetails);
      const sku = firstFilled(details, (d) => d.sku);
      const tempId = `new-product-${newProducts.length + 1}`;
      productRefs.set(pk, { kind: 'new', tempId });
      const line = (rows.find((f) => acceptedRows.has(f.row.row))?.line ?? fact.line) as NonNullable<
        RowFacts['line']
      >;
      newProducts.push({
        tempId,
        sku: sku || nextSku(),
        name: firstFilled(details, (d) => d.name),
        unit: firstFilled(details, (d) => d.unit) || input.defaultUnit || 'pcs',
        unitPrice: line.unitPrice,
        taxRate: line.taxRate,
        active: true,
        notes: '',
        generatedSku: sku === '',
        sourceRows: rows.filter((f) => acceptedRows.has(f.row.row)).map((f) => f.row.row),
      });
    }
  }

  const orders: PlannedOrder[] = accepted.map((group) => {
    const first = group[0] as RowFacts;
    const lines = group.map((fact) => ({
      productRef: refOf(fact.productKey as EntityKey, productRefs),
      ...(fact.line as NonNullable<RowFacts['line']>),
    }));
    const dated = group.find((f) => f.orderDate !== null)?.orderDate ?? null;
    const orderDate = dated?.date ?? input.today;
    const requestedDate = group.find((f) => f.requestedDate !== null)?.requestedDate ?? null;
    if (requestedDate !== null && requestedDate < orderDate) {
      const at = group.find((f) => f.requestedDate !== null) as RowFacts;
      warn(at.row, 'requestedDate', 'requested_before_ordered');
    }
    let notes = [...new Set(group.map((f) => f.notes).filter((n) => n !== ''))].join('\n');
    if (notes.length > MAX_NOTES) {
      notes = `${notes.slice(0, MAX_NOTES - 1)}…`;
      warn(first.row, 'notes', 'notes_truncated');
    }
    return {
      externalNumber: first.orderNumber,
      externalKey: first.orderKey as string,
      customerRef: refOf(first.customerKey as EntityKey, customerRefs),
      lines,
      totals: orderTotals(lines),
      currency: input.currency,
      orderDate,
      orderTime: group.find((f) => f.orderDate?.time)?.orderDate?.time ?? null,
      requestedDate,
      priority: group.find((f) => f.priority !== null)?.priority ?? 'normal',
      notes,
      sourceRows: group.map((f) => f.row.row),
    };
  });

  const rejected = [...rejections.values()].flat().sort((a, b) => a.row - b.row);
  return {
    newCustomers,
    newProducts,
    orders,
    rejected,
    warnings: warnings.sort((a, b) => a.row - b.row),
    stats: {
      rows: input.rows.length,
      orders: orders.length,
      lines: orders.reduce((sum, order) => sum + order.lines.length, 0),
      newCustomers: newCustomers.length,
      newProducts: newProducts.length,
      rejectedRows: rejections.size,
      rejectedOrders,
    },
  };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}
