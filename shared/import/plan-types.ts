import type { customerSegments } from '../schema/customer';
import type { ColumnMapping, ImportField } from './columns';
import type { DateOrder } from './dates';
import type { DiscountKind } from './discount-kind';
import type { ValueReason } from './parsed';
import type { CodeWithNames, SameCodeChoice } from './plan-entities';
import type { RoundedAmount, RoundingMode } from './rounding';
import type { TaxMode } from './tax-mode';

export type { CodeWithNames, SameCodeChoice };

import type { DataRow } from './table';
import type { SegmentMap } from './value-lists';

// Input and output of planOrderLinesImport (plan.ts).

export interface ExistingCustomer {
  id: string;
  code: string;
  name: string;
}

export interface ExistingProduct {
  id: string;
  sku: string;
  name: string;
  unitPrice: number;
  taxRate: number;
  unit: string;
}

export interface PlanInput {
  headers: readonly string[];
  rows: readonly DataRow[];
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  existing: {
    customers: readonly ExistingCustomer[];
    products: readonly ExistingProduct[];
    /** External order numbers already imported (compared with normaliseOrderNumber). */
    orderNumbers: ReadonlySet<string>;
  };
  /** YYYY-MM-DD, the order date of rows without one. */
  today: string;
  /**
   * The currency of the file's amounts (ISO code), as the user confirmed it: decides decimals and
   * refuses amounts marked in another. A currency column, when mapped, overrides it row by row.
   */
  currency: string;
  /** The office's currency: catalogue prices are in it, so they price only rows in the same currency. */
  officeCurrency?: string;
  /** Whether the amounts exclude tax, include it or carry none (default 'exclusive'). */
  taxMode?: TaxMode;
  /** Basis points, for new products and rows without a tax rate. */
  defaultTaxRate: number;
  /** How amounts with more decimals than the currency are rounded (default half away from zero). */
  rounding?: RoundingMode;
  /** What the discount column's plain numbers are; guessed from the column when not given. */
  discountKind?: DiscountKind;
  /** Unit of new products when the file has no unit column (default 'pcs'). */
  defaultUnit?: string;
  /** What a new code given with several names becomes (default: the first row's name). */
  sameCode?: { customers?: SameCodeChoice; products?: SameCodeChoice };
  /** Unknown segment values the user mapped in the mapping step (value-lists.ts). */
  segmentMap?: SegmentMap;
}

/** Rejections the plan adds to the value parsers' reasons (parsed.ts). */
export const planReasons = [
  /** A required cell is empty. */
  'required',
  /** Text longer than the field allows (the entity schemas' limits: schema/limits.ts). */
  'too_long',
  /** Text with a NUL or half a character (a lone surrogate), which no record may hold. */
  'unstorable_text',
  /** The name or code matches more than one existing customer. */
  'customer_ambiguous',
  /** The name or SKU matches more than one existing product. */
  'product_ambiguous',
  /** The product is not in the catalogue and the row gives neither a unit price nor an amount. */
  'new_product_needs_price',
  /** The row's amount is neither quantity × price, nor that less the discount, nor that plus tax (±1 minor unit). */
  'amount_mismatch',
  /** The discount is larger than quantity × price. */
  'discount_exceeds_amount',
  /** A unit price cannot be worked out from the amount (100 % discount). */
  'cannot_derive_price',
  /** The order number is already in the database: re-importing a file creates nothing twice. */
  'order_exists',
  /** Rows with one order number name different customers. */
  'order_customer_conflict',
  /** Rows with one order number are in different currencies: an order has one currency. */
  'order_currency_conflict',
  /** A negative quantity: the row is a return, which is not an order line. */
  'return_line',
  /** Rows with one order number disagree on order date, requested date or priority. */
  'order_field_conflict',
  /** More lines than an order may have (500). */
  'too_many_lines',
  /** The order's lines add up to more than a money field may hold (MONEY_MAX in schema/envelope.ts). */
  'order_total_too_large',
  /** This row is fine, but another row of its order was rejected, so the whole order is. */
  'order_has_rejected_rows',
] as const;

export type PlanReason = (typeof planReasons)[number];
export type RejectReason = ValueReason | PlanReason;

export interface Rejection {
  /** File row number (as Excel shows it). */
  row: number;
  /** Header text of the column, '' when the field is not mapped. */
  column: string;
  field: ImportField;
  reason: RejectReason;
  /** The cell as text. */
  value: string;
}

export const planWarnings = [
  /** A unit price worked out from amount ÷ quantity was rounded, so the line total differs from the file's amount by a little. */
  'price_rounded',
  /** The order's notes (all distinct notes of its rows) were cut to the stored notes' limit. */
  'notes_truncated',
  /** A customer segment the app does not know and the user did not map: the new customer gets the default. */
  'segment_unmapped',
  /** The requested date is before the order date. */
  'requested_before_ordered',
] as const;

export type PlanWarningReason = (typeof planWarnings)[number];

export interface PlanWarning {
  row: number;
  column: string;
  field: ImportField;
  reason: PlanWarningReason;
  value: string;
}

export type EntityRef = { kind: 'existing'; id: string } | { kind: 'new'; tempId: string };

/** A customer to create: assignable to CustomerInput once tempId/generatedCode/sourceRows are dropped. */
export interface NewCustomer {
  tempId: string;
  code: string;
  name: string;
  contact: string;
  phone: string;
  region: string;
  segment: (typeof customerSegments)[number];
  tags: string[];
  creditLimit: number;
  notes: string;
  /** The code was generated (IMP-0001 …), not taken from the file. */
  generatedCode: boolean;
  sourceRows: number[];
}

/** A product to create: assignable to ProductInput once tempId/generatedSku/sourceRows are dropped. */
export interface NewProduct {
  tempId: string;
  sku: string;
  name: string;
  unit: string;
  /** Minor units: the unit price of the first accepted row that uses it. */
  unitPrice: number;
  /** Basis points. */
  taxRate: number;
  active: boolean;
  notes: string;
  /** The SKU was generated (IMP-P-0001 …), not taken from the file. */
  generatedSku: boolean;
  sourceRows: number[];
}

export interface PlannedLine {
  productRef: EntityRef;
  quantity: number;
  /** Minor units. */
  unitPrice: number;
  /** Minor units. */
  discount: number;
  /** The file's net line amount, minor units, when the price and discount do not give it exactly. */
  amount?: number;
  /** The file's line amount with tax (tax-inclusive files): the tax is gross − amount. */
  gross?: number;
  /** Basis points. */
  taxRate: number;
  sourceRow: number;
}

export interface PlannedOrder {
  /** The order number as written in the file (e.g. 'SO-2026-00123'); the app gives the order its own number. */
  externalNumber: string;
  /** normaliseOrderNumber(externalNumber): what re-imports are compared by. */
  externalKey: string;
  customerRef: EntityRef;
  lines: PlannedLine[];
  totals: { subtotal: number; tax: number; total: number };
  currency: string;
  /** YYYY-MM-DD (local date as written; `today` when the file has none). */
  orderDate: string;
  /** HH:mm:ss when the file gave a time, else null. */
  orderTime: string | null;
  requestedDate: string | null;
  priority: 'normal' | 'urgent';
  notes: string;
  sourceRows: number[];
}

export interface ImportPlan {
  newCustomers: NewCustomer[];
  newProducts: NewProduct[];
  orders: PlannedOrder[];
  rejected: Rejection[];
  warnings: PlanWarning[];
  /** Amounts of the imported rows that had more decimals than the currency, with the file's exact value. */
  rounded: RoundedAmount[];
  /**
   * How the discount column was read, null without one. `ambiguous`: both an amount and a percent fit
   * (numbers from 1 to 100 under a plain title), so the wizard asks; until then it is read as an amount.
   */
  discountReading: { kind: DiscountKind; ambiguous: boolean } | null;
  /** New codes the file gives with more than one name, for the user to choose what they become. */
  sameCode: { customers: CodeWithNames[]; products: CodeWithNames[] };
  stats: {
    rows: number;
    orders: number;
    lines: number;
    newCustomers: number;
    newProducts: number;
    rejectedRows: number;
    rejectedOrders: number;
    /** How many amounts were rounded, and the sum of (kept − file) as signed decimal text ('+0.21'). */
    rounding: { count: number; difference: string };
    /** New products whose rows are all in another currency than the office's: catalogue price left at 0. */
    unpricedProducts: number;
  };
}
