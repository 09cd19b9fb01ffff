import { currencyDigits, orderTotals } from '../rules/money';
import { MONEY_MAX } from '../schema/envelope';
import { NOTES_MAX } from '../schema/limits';
import { type ImportField, missingRequired } from './columns';
import { ImportError } from './errors';
import { normaliseOrderNumber } from './normalise';
import { codeGenerator, type EntityKey } from './plan-entities';
import { type CustomerDetails, type ProductDetails, type RowFacts, readRows } from './plan-rows';
import type {
  EntityRef,
  ImportPlan,
  NewCustomer,
  NewProduct,
  PlanInput,
  PlannedOrder,
  RejectReason,
} from './plan-types';
import { roundingDifference } from './rounding';

// Dry run of "import order lines": which customers and products would be created, which orders, and
// which rows are refused and why. No side effects; the caller saves the plan in one transaction.
// Every row ends up in exactly one planned order or in `rejected` with at least one reason, and an
// order with any refused row is refused whole, so nothing is saved half.

export type * from './plan-types';

/** Most lines on one order (orderFieldsSchema). */
export const MAX_LINES = 500;
export const MAX_NOTES = NOTES_MAX;
export { MAX_EXTERNAL_NUMBER } from './plan-rows';

const firstFilled = <T>(values: readonly T[], pick: (value: T) => string): string =>
  values.map(pick).find((v) => v !== '') ?? '';

export function planOrderLinesImport(input: PlanInput): ImportPlan {
  const missing = missingRequired(input.mapping);
  if (missing.length > 0) throw new ImportError('mapping_incomplete', { fields: missing });
  const { existing } = input;
  const officeCurrency = input.officeCurrency ?? input.currency;
  const { facts, rejections, warnings, rounded, discountReading, sameCode, reject, warn } = readRows(input);

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
    if (new Set(group.map((f) => f.currency)).size > 1) all('currency', 'order_currency_conflict');
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
    // Each amount is bounded, but many lines of them may still add up past what an order may total.
    const lines = group.flatMap((fact) => (fact.line ? [fact.line] : []));
    if (lines.length === group.length && orderTotals(lines).total > MONEY_MAX)
      all('amount', 'order_total_too_large');
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
  let unpricedProducts = 0;
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
      const source = rows.find((f) => acceptedRows.has(f.row.row)) ?? fact;
      const line = source.line as NonNullable<RowFacts['line']>;
      // The catalogue is in the office's currency: a price in another is no catalogue price.
      const priced = rows.find((f) => acceptedRows.has(f.row.row) && f.currency === officeCurrency);
      if (!priced) unpricedProducts++;
      newProducts.push({
        tempId,
        sku: sku || nextSku(),
        name: firstFilled(details, (d) => d.name),
        unit: firstFilled(details, (d) => d.unit) || input.defaultUnit || 'pcs',
        unitPrice: priced?.line?.unitPrice ?? 0,
        // Rate 0 on the lines of an untaxed file says nothing of the product's own rate.
        taxRate: input.taxMode === 'none' ? input.defaultTaxRate : line.taxRate,
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
      currency: first.currency,
      orderDate,
      orderTime: group.find((f) => f.orderDate?.time)?.orderDate?.time ?? null,
      requestedDate,
      priority: group.find((f) => f.priority !== null)?.priority ?? 'normal',
      notes,
      sourceRows: group.map((f) => f.row.row),
    };
  });

  const rejected = [...rejections.values()].flat().sort((a, b) => a.row - b.row);
  const keptRounded = rounded.filter((r) => acceptedRows.has(r.row));
  return {
    newCustomers,
    newProducts,
    orders,
    rejected,
    warnings: warnings.sort((a, b) => a.row - b.row),
    rounded: keptRounded,
    discountReading,
    sameCode,
    stats: {
      rows: input.rows.length,
      orders: orders.length,
      lines: orders.reduce((sum, order) => sum + order.lines.length, 0),
      newCustomers: newCustomers.length,
      newProducts: newProducts.length,
      rejectedRows: rejections.size,
      rejectedOrders,
      rounding: {
        count: keptRounded.length,
        difference: roundingDifference(keptRounded, currencyDigits(input.currency)),
      },
      unpricedProducts,
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
