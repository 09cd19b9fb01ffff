import { z } from 'zod';
import { discountFits, orderTotals } from '../../../../shared/rules/money';
import { formatMoneyInput, parseMoneyInput } from '../../../../shared/rules/money-input';
import {
  type Order,
  type OrderLineInput,
  orderFields,
  orderLineSchema,
} from '../../../../shared/schema/order';
import { orderEventFields } from '../../../../shared/schema/order-event';
import type { Product } from '../../../../shared/schema/product';
import { amountText, quantityText } from '../../../../shared/schema/typed-input';

// Order entry as typed text, and the schema that turns it into an order's fields: each line is checked by
// the order line's own schema (what a valid line is lives there, for entry, import and packages alike),
// after its quantity, price and discount are read from text and its tax rate is taken from the product.

export interface LineValues {
  /** Stable across edits, for React and for focusing a new line's product. */
  key: string;
  productId: string | null;
  quantity: string;
  /** Empty: the product's list price. */
  unitPrice: string;
  /** Empty: no discount. */
  discount: string;
  priceOverrideReason: string;
  /**
   * A net amount an imported file stated for this line (order line `amount`), with the quantity, price
   * and discount it was stored beside. It stays the line's amount while those are unchanged; an edit of
   * any of them makes the line computed again.
   */
  stated?: StatedAmount;
}

export interface StatedAmount {
  amount: number;
  /** The stated amount with tax (a tax-inclusive file), and the rate it was split at. */
  gross?: number;
  taxRate: number;
  quantity: number;
  unitPrice: number;
  discount: number;
}

export interface EntryValues extends Record<string, unknown> {
  customerId: string | null;
  lines: LineValues[];
  priority: Order['priority'];
  /** YYYY-MM-DD, or empty for none. */
  requestedDate: string;
  notes: string;
  /** Why a submitted order was changed (goes into its timeline). */
  editNote: string;
}

export type ProductOf = (id: string) => Product | undefined;

export const emptyLine = (): LineValues => ({
  key: crypto.randomUUID(),
  productId: null,
  quantity: '1',
  unitPrice: '',
  discount: '',
  priceOverrideReason: '',
});

export const newEntryValues = (): EntryValues => ({
  customerId: null,
  lines: [emptyLine()],
  priority: 'normal',
  requestedDate: '',
  notes: '',
  editNote: '',
});

/** An order as the editor shows it: amounts as text in the order's own currency. */
export const entryValuesOf = (order: Order, digits: number): EntryValues => ({
  customerId: order.customerId,
  lines: order.lines.map((line) => ({
    key: crypto.randomUUID(),
    productId: line.productId,
    quantity: String(line.quantity),
    unitPrice: formatMoneyInput(line.unitPrice, digits),
    discount: line.discount ? formatMoneyInput(line.discount, digits) : '',
    priceOverrideReason: line.priceOverrideReason,
    ...(line.amount === undefined
      ? {}
      : {
          stated: {
            amount: line.amount,
            ...(line.gross === undefined ? {} : { gross: line.gross }),
            taxRate: line.taxRate,
            quantity: line.quantity,
            unitPrice: line.unitPrice,
            discount: line.discount,
          },
        }),
  })),
  priority: order.priority,
  requestedDate: order.requestedDate ?? '',
  notes: order.notes,
  editNote: '',
});

/** A line with neither a product nor a price is not part of the order (e.g. the empty last line). */
export const isBlankLine = (line: LineValues) => !line.productId && line.unitPrice.trim() === '';

/** Whether a typed price differs from the product's list price: the line then says why. */
export function priceDiffers(line: LineValues, product: Product | undefined, digits: number): boolean {
  if (!product || line.unitPrice.trim() === '') return false;
  const typed = parseMoneyInput(line.unitPrice, digits);
  return !typed.ok || typed.value !== product.unitPrice;
}

/** One typed line → an order line: read from text, tax rate and list price from the product, then checked. */
export function entryLineSchema(digits: number, productOf: ProductOf) {
  const shape = orderLineSchema.shape;
  return z
    .object({
      productId: z.string(),
      quantity: quantityText(shape.quantity),
      unitPrice: amountText(digits, shape.unitPrice),
      discount: amountText(digits, shape.discount, { empty: 0 }),
      priceOverrideReason: shape.priceOverrideReason,
      stated: z
        .object({
          amount: z.number(),
          gross: z.number().optional(),
          taxRate: z.number(),
          quantity: z.number(),
          unitPrice: z.number(),
          discount: z.number(),
        })
        .optional(),
    })
    .transform(({ stated, ...line }, ctx): OrderLineInput => {
      const product = productOf(line.productId);
      if (!product) {
        ctx.addIssue({ code: 'custom', path: ['productId'], params: { code: 'field.choose' } });
        return z.NEVER;
      }
      const overridden = line.unitPrice !== product.unitPrice;
      const refuse = (field: string, code: string) =>
        ctx.addIssue({ code: 'custom', path: [field], params: { code } });
      // Both said at once: the line's own rule (as orderLineSchema checks it) and entry's own.
      if (!discountFits(line)) refuse('discount', 'order.discountTooLarge');
      if (overridden && line.priceOverrideReason === '')
        refuse('priceOverrideReason', 'order.overrideReason');
      if (ctx.issues.length > 0) return z.NEVER;
      const unchanged =
        stated !== undefined &&
        stated.quantity === line.quantity &&
        stated.unitPrice === line.unitPrice &&
        stated.discount === line.discount;
      return {
        ...line,
        taxRate: product.taxRate,
        priceOverrideReason: overridden ? line.priceOverrideReason : '',
        // An unchanged imported line keeps what the file said: its amounts and the rate they carry.
        ...(unchanged
          ? {
              amount: stated.amount,
              taxRate: stated.taxRate,
              ...(stated.gross === undefined ? {} : { gross: stated.gross }),
            }
          : {}),
      };
    })
    .pipe(orderLineSchema);
}

/** The whole entry → an order draft and the edit's note. Blank lines arrive as null and are left out. */
export function orderEntrySchema(digits: number, productOf: ProductOf) {
  return z.object({
    customerId: orderFields.shape.customerId,
    lines: z
      .array(entryLineSchema(digits, productOf).nullable())
      .transform((lines): OrderLineInput[] => lines.filter((line) => line !== null))
      .refine((lines) => lines.length > 0, { params: { code: 'order.noLines' } })
      .pipe(orderFields.shape.lines),
    priority: orderFields.shape.priority,
    requestedDate: orderFields.shape.requestedDate,
    notes: orderFields.shape.notes,
    editNote: orderEventFields.shape.note,
  });
}

/** The values as the schema reads them: blank lines as null, an empty price as the list price. */
export function entryInputOf(values: EntryValues, digits: number, productOf: ProductOf) {
  return {
    ...values,
    customerId: values.customerId ?? '',
    requestedDate: values.requestedDate === '' ? null : values.requestedDate,
    lines: values.lines.map((line) => {
      if (isBlankLine(line)) return null;
      const product = line.productId ? productOf(line.productId) : undefined;
      const listPrice = product && line.unitPrice.trim() === '';
      return {
        productId: line.productId ?? '',
        quantity: line.quantity,
        unitPrice: listPrice ? formatMoneyInput(product.unitPrice, digits) : line.unitPrice,
        discount: line.discount,
        priceOverrideReason: line.priceOverrideReason,
        stated: line.stated,
      };
    }),
  };
}

/** Subtotal, tax and total of the lines complete so far: a line still being typed counts once it is valid. */
export function entryTotals(values: Pick<EntryValues, 'lines'>, digits: number, productOf: ProductOf) {
  const line = entryLineSchema(digits, productOf);
  const { lines } = entryInputOf({ ...newEntryValues(), lines: values.lines }, digits, productOf);
  const complete = lines.flatMap((typed) => {
    const parsed = typed ? line.safeParse(typed) : null;
    return parsed?.success ? [parsed.data] : [];
  });
  return orderTotals(complete);
}
