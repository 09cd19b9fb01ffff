import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey, normaliseOrderNumber } from '../../../shared/import/normalise';
import { type ImportPlan, type PlanInput, planOrderLinesImport } from '../../../shared/import/plan';
import type { DataRow } from '../../../shared/import/table';
import { orderTotals, roundHalfAway } from '../../../shared/rules/money';
import { existingCustomers, existingProducts, planInput } from './plan-helpers';

const headers = ['订单号', '客户名称', '产品名称', '数量', '单价', '金额', '折扣', '订单日期'];

const cellRow = fc.tuple(
  fc.constantFrom('O-1', 'O-2', 'o-2', 'O-3', 'O-4', 'DONE-1', ''),
  fc.constantFrom(
    '北京华联商贸有限公司',
    'Acme Trading Ltd',
    'acme trading ltd',
    '新客户甲',
    '新客户乙',
    '同名客户',
    'C-001',
    '',
  ),
  fc.constantFrom('订书机', '纸杯', 'P-9', '新产品甲', '新产品乙', ''),
  fc.constantFrom('1', '2', '10', '0', 'abc', '1,5', '0.5'),
  fc.constantFrom('', '', '10', '12.50', '-1', '¥3'),
  fc.constantFrom('', '', '20', '25.00'),
  fc.constantFrom('', '', '1', '10%'),
  fc.constantFrom('', '2026-11-28', '2026/11/28', '2026-02-30', '2026-11-29'),
);

const rowsArb = fc.array(cellRow, { minLength: 1, maxLength: 40 });

function input(cells: readonly (readonly string[])[]): PlanInput {
  return planInput(headers, cells, {
    existing: { customers: existingCustomers, products: existingProducts, orderNumbers: new Set(['DONE-1']) },
  });
}

function checkInvariants(plan: ImportPlan, rows: readonly DataRow[]) {
  // Every row in exactly one order or rejected with at least one reason.
  const inOrders = plan.orders.flatMap((o) => o.sourceRows);
  const rejected = new Set(plan.rejected.map((r) => r.row));
  expect(new Set(inOrders).size).toBe(inOrders.length);
  expect(inOrders.filter((row) => rejected.has(row))).toEqual([]);
  expect([...inOrders, ...rejected].sort((a, b) => a - b)).toEqual(
    rows.map((r) => r.row).sort((a, b) => a - b),
  );
  expect(plan.stats).toMatchObject({
    rows: rows.length,
    orders: plan.orders.length,
    lines: inOrders.length,
    rejectedRows: rejected.size,
    newCustomers: plan.newCustomers.length,
    newProducts: plan.newProducts.length,
  });

  // Orders are whole: no rejected row shares an accepted order's number; numbers are new and unique.
  const keys = plan.orders.map((o) => o.externalKey);
  expect(new Set(keys).size).toBe(keys.length);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const row of rejected) {
    const number = String(byRow.get(row)?.cells[0] ?? '');
    if (number.trim() !== '') expect(keys).not.toContain(normaliseOrderNumber(number));
  }
  expect(keys).not.toContain('DONE-1');

  const customerIds = new Set(plan.newCustomers.map((c) => c.tempId));
  const productIds = new Set(plan.newProducts.map((p) => p.tempId));
  const usedCustomers = new Set<string>();
  const usedProducts = new Set<string>();
  for (const order of plan.orders) {
    expect(order.totals).toEqual(orderTotals(order.lines));
    expect(order.lines.map((l) => l.sourceRow)).toEqual(order.sourceRows);
    for (const row of order.sourceRows)
      expect(normaliseOrderNumber(String(byRow.get(row)?.cells[0]))).toBe(order.externalKey);
    if (order.customerRef.kind === 'new') usedCustomers.add(order.customerRef.tempId);
    for (const line of order.lines) {
      expect(line.quantity).toBeGreaterThan(0);
      expect(Number.isInteger(line.unitPrice) && line.unitPrice >= 0).toBe(true);
      expect(line.discount).toBeGreaterThanOrEqual(0);
      expect(line.discount).toBeLessThanOrEqual(roundHalfAway(line.quantity * line.unitPrice));
      if (line.productRef.kind === 'new') usedProducts.add(line.productRef.tempId);
    }
  }
  // New records: exactly those the accepted orders use, with codes nobody else has.
  expect(usedCustomers).toEqual(customerIds);
  expect(usedProducts).toEqual(productIds);
  const codes = [...existingCustomers.map((c) => c.code), ...plan.newCustomers.map((c) => c.code)].map(
    matchKey,
  );
  expect(new Set(codes).size).toBe(codes.length);
  const skus = [...existingProducts.map((p) => p.sku), ...plan.newProducts.map((p) => p.sku)].map(matchKey);
  expect(new Set(skus).size).toBe(skus.length);
  const names = plan.newCustomers.map((c) => matchKey(c.name));
  expect(new Set(names).size).toBe(names.length);
}

describe('planOrderLinesImport properties', () => {
  it('accounts for every row once, keeps orders whole and totals exact', () => {
    fc.assert(
      fc.property(rowsArb, (cells) => {
        const data = input(cells);
        checkInvariants(planOrderLinesImport(data), data.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts the same orders and refuses the same rows whatever the row order', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((cells) =>
          fc.tuple(
            fc.constant(cells),
            fc.shuffledSubarray(
              cells.map((_, i) => i),
              { minLength: cells.length },
            ),
          ),
        ),
        ([cells, order]) => {
          const data = input(cells);
          const shuffled = { ...data, rows: order.map((i) => data.rows[i] as DataRow) };
          const a = planOrderLinesImport(data);
          const b = planOrderLinesImport(shuffled);
          checkInvariants(b, shuffled.rows);
          expect(new Set(b.orders.map((o) => o.externalKey))).toEqual(
            new Set(a.orders.map((o) => o.externalKey)),
          );
          expect(new Set(b.rejected.map((r) => r.row))).toEqual(new Set(a.rejected.map((r) => r.row)));
          expect(b.newCustomers.length).toBe(a.newCustomers.length);
          expect(b.newProducts.length).toBe(a.newProducts.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
