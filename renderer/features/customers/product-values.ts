import {
  formatMoneyInput,
  formatPercentInput,
  parseMoneyInput,
  parsePercentInput,
} from '../../../shared/rules/money-input';
import { type Product, type ProductInput, productFields } from '../../../shared/schema/product';
import { amountProblem, type Problems, percentProblem, textProblem } from './field-problems';

// The product form as typed text: unit price in the office currency ('128.00') → minor units,
// tax rate in percent ('13') → basis points (1300).

export interface ProductFormValues {
  sku: string;
  name: string;
  unit: string;
  unitPrice: string;
  taxRate: string;
  active: boolean;
  notes: string;
}

export type ProductField = keyof ProductFormValues;

export const productFormFields = [
  'sku',
  'name',
  'unit',
  'unitPrice',
  'taxRate',
  'active',
  'notes',
] as const satisfies readonly ProductField[];

/** 13 % is the standard VAT rate on goods in China; the manager changes it per product as needed. */
export const emptyProductValues = (): ProductFormValues => ({
  sku: '',
  name: '',
  unit: '',
  unitPrice: '',
  taxRate: '13',
  active: true,
  notes: '',
});

export const productValuesFrom = (product: Product, digits: number): ProductFormValues => ({
  sku: product.sku,
  name: product.name,
  unit: product.unit,
  unitPrice: formatMoneyInput(product.unitPrice, digits),
  taxRate: formatPercentInput(product.taxRate),
  active: product.active,
  notes: product.notes,
});

const shape = productFields.shape;

export function checkProductValues(
  values: ProductFormValues,
  digits: number,
): { problems: Problems<ProductField>; input: ProductInput | null } {
  const problems: Problems<ProductField> = {};
  const text = {
    sku: textProblem(values.sku, shape.sku, true),
    name: textProblem(values.name, shape.name, true),
    unit: textProblem(values.unit, shape.unit, true),
    notes: textProblem(values.notes, shape.notes, false),
  };
  for (const [field, found] of Object.entries(text)) if (found) problems[field as ProductField] = found;
  const price = parseMoneyInput(values.unitPrice, digits);
  if (!price.ok) problems.unitPrice = amountProblem(price.reason, digits);
  const tax = parsePercentInput(values.taxRate);
  if (!tax.ok) problems.taxRate = percentProblem(tax.reason);
  if (Object.keys(problems).length > 0 || !price.ok || !tax.ok) return { problems, input: null };
  return {
    problems,
    input: {
      sku: values.sku.trim(),
      name: values.name.trim(),
      unit: values.unit.trim(),
      unitPrice: price.value,
      taxRate: tax.value,
      active: values.active,
      notes: values.notes.trim(),
    },
  };
}
