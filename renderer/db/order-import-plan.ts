import { type ColumnMapping, type ImportField, missingRequired } from '../../shared/import/columns';
import type { DateOrder } from '../../shared/import/dates';
import type { DiscountKind } from '../../shared/import/discount-kind';
import { ImportError } from '../../shared/import/errors';
import { normaliseOrderNumber, normaliseWidth } from '../../shared/import/normalise';
import {
  type ImportPlan,
  planOrderLinesImport,
  type Rejection,
  type SameCodeChoice,
} from '../../shared/import/plan';
import { type RoundingMode, roundingDifference } from '../../shared/import/rounding';
import type { DataRow } from '../../shared/import/table';
import type { TaxMode } from '../../shared/import/tax-mode';
import type { SegmentMap } from '../../shared/import/value-lists';
import { cellText } from '../../shared/import/values';
import { currencyDigits } from '../../shared/rules/money';
import { orderNumberSchema } from '../../shared/schema/order';
import { loadOfficeSettings } from './office-settings';
import { rememberImportMapping } from './order-import-mapping';
import type { DataSession } from './session';

// The dry run of "import order lines" against this database: the pure plan (shared/import/plan.ts) fed
// with this office's customers, products, live order numbers and currency, plus the one check the pure
// plan cannot make: that each order number can be stored here. Writes no records, only the column mapping
// (order-import-mapping.ts): a manager who checks a file in the dry run and imports it another day, or
// fixes the file first, should not map its columns again. Part of order-import.ts.

export const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Tax rate (basis points) of new products and rows without one, until the office profile has a setting. */
export const DEFAULT_IMPORT_TAX_RATE = 1300;
/** A rejection of the dry run: the plan's reasons, plus an order number this app cannot store. */
export type ImportRejectReason = Rejection['reason'] | 'order_number_format';
export type ImportRejection = Omit<Rejection, 'reason'> & { reason: ImportRejectReason };

export interface OrderImportPlan extends Omit<ImportPlan, 'rejected'> {
  rejected: ImportRejection[];
}

export interface OrderImportRequest {
  headers: readonly string[];
  rows: readonly DataRow[];
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /** Rounding of amounts with more decimals than the currency (default half away from zero). */
  rounding?: RoundingMode;
  /** What the discount column's plain numbers are (default: guessed from the column). */
  discountKind?: DiscountKind;
  /** The currency of the file's amounts (default: the office's). */
  currency?: string;
  /** Whether the amounts exclude tax, include it or carry none (default: exclude). */
  taxMode?: TaxMode;
  /** What a new code given with several names becomes (default: its first name). */
  sameCode?: { customers?: SameCodeChoice; products?: SameCodeChoice };
  /** Unknown segment values the user mapped (matchKey(value) → segment). */
  segmentMap?: SegmentMap;
}

/** The number an imported order is saved under: the file's, or its normalised form; null when neither fits. */
export function storedOrderNumber(externalNumber: string): string | null {
  for (const candidate of [normaliseWidth(externalNumber), normaliseOrderNumber(externalNumber)]) {
    if (orderNumberSchema.safeParse(candidate).success) return candidate;
  }
  return null;
}

/** Live order numbers among those the file's rows would be saved under (case-insensitive). */
async function liveOrderNumbers(session: DataSession, request: OrderImportRequest): Promise<Set<string>> {
  const index = request.mapping.orderNumber;
  if (index === undefined) return new Set();
  const candidates = new Set<string>();
  for (const row of request.rows) {
    const text = cellText(row.cells[index]);
    if (text === '') continue;
    candidates.add(normaliseWidth(text));
    candidates.add(normaliseOrderNumber(text));
  }
  if (candidates.size === 0) return new Set();
  // The index of live numbers holds no deleted order: after a revert its tombstones are not met at all.
  const found = await session.db.orders
    .where('liveNumber')
    .anyOfIgnoreCase([...candidates])
    .keys();
  return new Set(found.map(String));
}

/**
 * The dry run: what would be created and every refused row, against this database. Remembers the
 * column mapping for these headers, whatever the rows hold; writes no records.
 * Throws ImportError('mapping_incomplete') when a required field is unmapped.
 */
export async function planOrderImport(
  session: DataSession,
  request: OrderImportRequest,
  today = localDate(new Date()),
): Promise<OrderImportPlan> {
  const missing = missingRequired(request.mapping);
  if (missing.length > 0) throw new ImportError('mapping_incomplete', { fields: missing });
  const { db } = session;
  await rememberImportMapping(db, request.headers, request.mapping);
  const [settings, customers, products, orderNumbers] = await Promise.all([
    loadOfficeSettings(db),
    db.customers.toArray(),
    db.products.toArray(),
    liveOrderNumbers(session, request),
  ]);
  const plan = planOrderLinesImport({
    headers: request.headers,
    rows: request.rows,
    mapping: request.mapping,
    dateOrder: request.dateOrder,
    ...(request.sameCode ? { sameCode: request.sameCode } : {}),
    ...(request.segmentMap ? { segmentMap: request.segmentMap } : {}),
    existing: {
      customers: customers.filter((c) => !c.deleted).map((c) => ({ id: c.id, code: c.code, name: c.name })),
      products: products
        .filter((p) => !p.deleted)
        .map((p) => ({
          id: p.id,
          sku: p.sku,
          name: p.name,
          unitPrice: p.unitPrice,
          taxRate: p.taxRate,
          unit: p.unit,
        })),
      orderNumbers,
    },
    today,
    currency: request.currency ?? settings.currency,
    officeCurrency: settings.currency,
    ...(request.taxMode ? { taxMode: request.taxMode } : {}),
    defaultTaxRate: DEFAULT_IMPORT_TAX_RATE,
    ...(request.rounding ? { rounding: request.rounding } : {}),
    ...(request.discountKind ? { discountKind: request.discountKind } : {}),
  });
  return refuseUnstorableNumbers(plan, request);
}

/** Orders whose number this app cannot store (e.g. 'SO#12', '订单1') are refused whole, like any bad row. */
function refuseUnstorableNumbers(plan: ImportPlan, request: OrderImportRequest): OrderImportPlan {
  const bad = plan.orders.filter((order) => storedOrderNumber(order.externalNumber) === null);
  if (bad.length === 0) return plan;
  const index = request.mapping.orderNumber;
  const column = index === undefined ? '' : (request.headers[index] ?? '');
  const field: ImportField = 'orderNumber';
  const rejected: ImportRejection[] = [...plan.rejected];
  for (const order of bad)
    for (const row of order.sourceRows)
      rejected.push({ row, column, field, reason: 'order_number_format', value: order.externalNumber });
  rejected.sort((a, b) => a.row - b.row);
  const orders = plan.orders.filter((order) => !bad.includes(order));
  const usedTemp = new Set(
    orders
      .flatMap((o) => [o.customerRef, ...o.lines.map((l) => l.productRef)])
      .flatMap((ref) => (ref.kind === 'new' ? [ref.tempId] : [])),
  );
  const newCustomers = plan.newCustomers.filter((c) => usedTemp.has(c.tempId));
  const newProducts = plan.newProducts.filter((p) => usedTemp.has(p.tempId));
  const badRows = new Set(bad.flatMap((o) => o.sourceRows));
  const warnings = plan.warnings.filter((w) => !badRows.has(w.row));
  const rounded = plan.rounded.filter((r) => !badRows.has(r.row));
  const currency = plan.orders[0]?.currency ?? 'CNY';
  return {
    ...plan,
    orders,
    newCustomers,
    newProducts,
    rejected,
    warnings,
    rounded,
    stats: {
      ...plan.stats,
      orders: orders.length,
      lines: orders.reduce((sum, o) => sum + o.lines.length, 0),
      newCustomers: newCustomers.length,
      newProducts: newProducts.length,
      rejectedRows: new Set(rejected.map((r) => r.row)).size,
      rejectedOrders: plan.stats.rejectedOrders + bad.length,
      rounding: { count: rounded.length, difference: roundingDifference(rounded, currencyDigits(currency)) },
    },
  };
}
