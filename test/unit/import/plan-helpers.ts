import { autoMatchColumns, type ColumnMapping } from '../../../shared/import/columns';
import type { ExistingCustomer, ExistingProduct, PlanInput } from '../../../shared/import/plan';
import type { Cell } from '../../../shared/import/table';
import { rowsOf } from './fixtures';

export const existingCustomers: ExistingCustomer[] = [
  { id: 'c-huanlian', code: 'C-001', name: '北京华联商贸有限公司' },
  { id: 'c-acme', code: 'ACME', name: 'Acme Trading Ltd' },
  { id: 'c-twin-1', code: 'T-1', name: '同名客户' },
  { id: 'c-twin-2', code: 'T-2', name: '同名客户' },
];

export const existingProducts: ExistingProduct[] = [
  { id: 'p-stapler', sku: 'P-9', name: '订书机', unitPrice: 108_000, taxRate: 1300, unit: '台' },
  {
    id: 'p-printer',
    sku: 'X200',
    name: 'Laser Printer X200',
    unitPrice: 189_900,
    taxRate: 1300,
    unit: 'unit',
  },
  { id: 'p-cup', sku: 'CUP', name: '纸杯', unitPrice: 50, taxRate: 900, unit: '个' },
];

/** Plan input for a header row and data rows; mapping auto-matched unless given. */
export function planInput(
  headers: string[],
  rows: readonly (readonly Cell[])[],
  overrides: Partial<PlanInput> & { mapping?: ColumnMapping } = {},
): PlanInput {
  return {
    headers,
    rows: rowsOf(rows),
    mapping: autoMatchColumns(headers),
    dateOrder: 'ymd',
    existing: { customers: existingCustomers, products: existingProducts, orderNumbers: new Set() },
    today: '2026-11-30',
    currency: 'CNY',
    defaultTaxRate: 1300,
    ...overrides,
  };
}
