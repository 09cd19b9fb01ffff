import { currencyDigits } from '../rules/money';
import { storable, withoutBidiControls } from '../schema/envelope';
import { CODE_MAX, NAME_MAX } from '../schema/limits';
import type { ImportField } from './columns';
import { parseCurrency } from './currency-marks';
import { type DateTime, parseDate, parseDateTime } from './dates';
import { type DiscountKind, guessDiscountKind } from './discount-kind';
import { normaliseOrderNumber } from './normalise';
import type { Parsed } from './parsed';
import { type CodeWithNames, type EntityKey, EntityResolver } from './plan-entities';
import { priceLine } from './plan-lines';
import type {
  NewCustomer,
  PlanInput,
  PlannedLine,
  PlannedOrder,
  PlanWarning,
  Rejection,
  RejectReason,
} from './plan-types';
import type { RoundedAmount } from './rounding';
import type { Cell, DataRow } from './table';
import { splitInclusive } from './tax-mode';
import { segmentOf } from './value-lists';
import {
  cellText,
  type Discount,
  type Money,
  parseDiscount,
  parseMoneyExact,
  parsePriority,
  parseQuantity,
  parseTaxRate,
} from './values';

// Step one of the dry run (plan.ts): each row of the file on its own — its order number, customer and
// product (known or new), the priced line and the order-level values — with every refusal and warning
// noted against its row and column. Grouping into orders is plan.ts's.

/** Longest external order number kept. */
export const MAX_EXTERNAL_NUMBER = 64;

/** The fields that hold a name (of a customer, a contact, a product). */
const nameFields = new Set<ImportField>(['customer', 'contact', 'product']);

const limits = {
  customer: NAME_MAX,
  customerCode: CODE_MAX,
  contact: 80,
  phone: 40,
  region: 40,
  product: NAME_MAX,
  sku: CODE_MAX,
  unit: 20,
};

export interface CustomerDetails {
  name: string;
  code: string;
  contact: string;
  phone: string;
  region: string;
  segment: NewCustomer['segment'] | null;
}

export interface ProductDetails {
  name: string;
  sku: string;
  unit: string;
}

export interface RowFacts {
  row: DataRow;
  orderKey: string | null;
  orderNumber: string;
  customerKey: EntityKey | null;
  productKey: EntityKey | null;
  customer: CustomerDetails | null;
  product: ProductDetails | null;
  line: Omit<PlannedLine, 'productRef'> | null;
  /** The currency of the row's amounts: its currency cell's, else the file's. */
  currency: string;
  orderDate: DateTime | null;
  requestedDate: string | null;
  priority: PlannedOrder['priority'] | null;
  notes: string;
}

/** What reading the rows found, and the means to refuse or warn about a row later (grouping). */
export interface ReadRows {
  facts: RowFacts[];
  rejections: Map<number, Rejection[]>;
  warnings: PlanWarning[];
  /** File amounts rounded to the currency's minor unit, in row order. */
  rounded: RoundedAmount[];
  /** How the discount column's plain numbers were read; null without a discount column. */
  discountReading: { kind: DiscountKind; ambiguous: boolean } | null;
  /** New codes the file gives with more than one name. */
  sameCode: { customers: CodeWithNames[]; products: CodeWithNames[] };
  reject: (row: DataRow, field: ImportField, reason: RejectReason) => void;
  warn: (row: DataRow, field: ImportField, reason: PlanWarning['reason']) => void;
}

export function readRows(input: PlanInput): ReadRows {
  const { headers, mapping, existing } = input;
  const officeCurrency = input.officeCurrency ?? input.currency;
  const taxMode = input.taxMode ?? 'exclusive';

  const cell = (row: DataRow, field: ImportField): Cell => {
    const index = mapping[field];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  // Names lose bidirectional controls as the schemas drop them (schema/envelope.ts), so a name matches
  // the record it will be saved as.
  const text = (row: DataRow, field: ImportField) =>
    nameFields.has(field) ? withoutBidiControls(cellText(cell(row, field))) : cellText(cell(row, field));
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
  const rounded: RoundedAmount[] = [];
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

  const discountIndex = mapping.discount;
  const guessed =
    discountIndex === undefined
      ? null
      : guessDiscountKind(
          headers[discountIndex] ?? '',
          input.rows.map((row) => row.cells[discountIndex] ?? ''),
        );
  const discountReading =
    guessed === null
      ? null
      : {
          kind: input.discountKind ?? (guessed === 'ambiguous' ? 'amount' : guessed),
          ambiguous: guessed === 'ambiguous',
        };

  const customers = new EntityResolver(existing.customers, input.sameCode?.customers);
  const products = new EntityResolver(
    existing.products.map((p) => ({ id: p.id, code: p.sku, name: p.name })),
    input.sameCode?.products,
  );
  const productById = new Map(existing.products.map((p) => [p.id, p]));
  for (const row of input.rows) {
    customers.noteCoded(text(row, 'customerCode'), text(row, 'customer'), row.row);
    products.noteCoded(text(row, 'sku'), text(row, 'product'), row.row);
  }

  const facts = input.rows.map((row): RowFacts => {
    // A NUL or half a character would be refused on saving: refused here, on its row, instead.
    for (const field of Object.keys(mapping) as ImportField[])
      if (!storable(cellText(cell(row, field)))) reject(row, field, 'unstorable_text');
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
      // An optional list column never refuses a row: unknown values are mapped or warned about.
      const segmentText = text(row, 'segment');
      const segment = segmentText === '' ? null : segmentOf(segmentText, input.segmentMap);
      if (segmentText !== '' && segment === null) warn(row, 'segment', 'segment_unmapped');
      if (!long) {
        customerKey = c.key;
        customer = {
          name: c.name,
          code: c.code,
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
      product = { name: p.name, sku: p.code, unit: text(row, 'unit') };
    }

    // Line, in the row's currency
    const currency = optional(row, 'currency', parseCurrency) ?? input.currency;
    const digits = currencyDigits(currency);
    let quantity: number | null = null;
    if (text(row, 'quantity') === '') reject(row, 'quantity', 'required');
    else {
      const parsed = parseQuantity(cell(row, 'quantity'));
      if (parsed.ok) quantity = parsed.value;
      else if (parsed.reason === 'not_positive' && /^\s*[-−(]/.test(text(row, 'quantity')))
        reject(row, 'quantity', 'return_line');
      else reject(row, 'quantity', parsed.reason);
    }
    const mode = input.rounding ?? 'half_away';
    const money = (value: Cell) => parseMoneyExact(value, digits, currency, mode);
    const note = (field: RoundedAmount['field'], value: Money | Discount | null | undefined) => {
      if (value && 'exact' in value && value.exact !== null)
        rounded.push({ row: row.row, field, exact: value.exact, rounded: value.minor });
    };
    const unitPriceMoney = optional(row, 'unitPrice', money);
    const amountMoney = optional(row, 'amount', money);
    const discount = optional<Discount>(row, 'discount', (value) =>
      parseDiscount(value, digits, currency, mode, discountReading?.kind),
    );
    note('unitPrice', unitPriceMoney);
    note('amount', amountMoney);
    note('discount', discount);
    // null (empty cell) and undefined (refused) pass through: priceLine tells them apart.
    const minorOf = (m: Money | null | undefined) => (m ? m.minor : m);
    const unitPrice = minorOf(unitPriceMoney);
    const amount = minorOf(amountMoney);
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
      const rate = taxMode === 'none' ? 0 : (taxRate ?? known?.taxRate ?? input.defaultTaxRate);
      // A tax-inclusive amount is priced as if untaxed (it is the line's whole amount), then split.
      // A line priced from the catalogue is before tax whatever the file's amounts are.
      const inclusive = taxMode === 'inclusive' && rate > 0 && (unitPrice !== null || amount !== null);
      const priced = priceLine({
        quantity,
        unitPrice,
        amount,
        discount,
        taxRate: inclusive ? 0 : rate,
        catalogPrice: currency === officeCurrency ? (known?.unitPrice ?? null) : null,
      });
      if (!priced.ok) reject(row, priced.field, priced.reason);
      else if (inclusive) {
        line = {
          quantity,
          ...splitInclusive({ quantity, ...priced, taxRate: rate }),
          taxRate: rate,
          sourceRow: row.row,
        };
      } else {
        if (priced.rounded) warn(row, 'amount', 'price_rounded');
        line = {
          quantity,
          unitPrice: priced.unitPrice,
          discount: priced.discount,
          ...(priced.amount === null ? {} : { amount: priced.amount }),
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
      currency,
      orderDate: orderDate ?? null,
      requestedDate: requestedDate ?? null,
      priority: priority ?? null,
      notes: text(row, 'notes'),
    };
  });
  const sameCode = { customers: customers.codesWithNames(), products: products.codesWithNames() };
  return { facts, rejections, warnings, rounded, discountReading, sameCode, reject, warn };
}
