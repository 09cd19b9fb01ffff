import { formatMoneyInput, formatPercentInput } from '../../../shared/rules/money-input';
import { type Product, productFields } from '../../../shared/schema/product';
import { amountText, percentText } from '../../../shared/schema/typed-input';

// The product form: its fields as typed, checked by the product schema with the unit price typed in the
// office currency ('128.00' → minor units) and the tax rate in percent ('13' → 1300 basis points).

export interface ProductFormValues extends Record<string, unknown> {
  sku: string;
  name: string;
  unit: string;
  unitPrice: string;
  taxRate: string;
  active: boolean;
  notes: string;
}

export const productFormSchema = (digits: number) =>
  productFields.extend({
    unitPrice: amountText(digits, productFields.shape.unitPrice),
    taxRate: percentText(productFields.shape.taxRate),
  });

/** 13 % is the standard VAT rate on goods in China; the manager changes it per product as needed. */
const STANDARD_VAT = 1300;

/** What the form shows: the product as stored, or a new one on sale at the standard VAT rate. */
export const productFormValues = (product: Product | null, digits: number): ProductFormValues => ({
  sku: product?.sku ?? '',
  name: product?.name ?? '',
  unit: product?.unit ?? '',
  unitPrice: product ? formatMoneyInput(product.unitPrice, digits) : '',
  taxRate: formatPercentInput(product?.taxRate ?? STANDARD_VAT),
  active: product?.active ?? true,
  notes: product?.notes ?? '',
});
