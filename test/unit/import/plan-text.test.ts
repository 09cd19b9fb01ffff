import { describe, expect, it } from 'vitest';
import { planOrderLinesImport } from '../../../shared/import/plan';
import { customerFields } from '../../../shared/schema/customer';
import { planInput } from './plan-helpers';

// An import reads text as the forms and packages do (schema/envelope.ts): a cell that no record may
// hold refuses its row in the dry run, rather than the whole import on saving; names lose bidirectional
// controls, so a name with them matches the customer it names.

const H = ['订单号', '客户名称', '产品名称', '数量', '单价', '备注'];

describe('text an import brings', () => {
  it('refuses a row with a NUL or half a character, on its row and column, and its order with it', () => {
    const plan = planOrderLinesImport(
      planInput(H, [
        ['SO-1', '北京华联商贸有限公司', '订书机', '1', '1080', '急\u0000'],
        ['SO-1', '北京华联商贸有限公司', '纸杯', '2', '0.50', ''],
        ['SO-2', '新客户\ud800', '订书机', '1', '1080', ''],
        ['SO-3', '北京华联商贸有限公司', '订书机', '1', '1080', '正常'],
      ]),
    );
    expect(plan.orders.map((o) => o.externalNumber)).toEqual(['SO-3']);
    const unstorable = plan.rejected.filter((r) => r.reason === 'unstorable_text');
    expect(unstorable.map((r) => [r.row, r.field])).toEqual([
      [2, 'notes'],
      [4, 'customer'],
    ]);
    expect(plan.rejected.find((r) => r.row === 3)?.reason).toBe('order_has_rejected_rows');
  });

  it('drops bidirectional controls from names: the existing customer is matched, a new one saved without them', () => {
    const plan = planOrderLinesImport(
      planInput(H, [
        ['SO-1', '\u202e北京华联商贸有限公司', '订书机', '1', '1080', ''],
        ['SO-2', '新客户\u2066甲\u2069', '订书机', '1', '1080', '\u2067注\u2069'],
      ]),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.newCustomers.map((c) => c.name)).toEqual(['新客户甲']);
    expect(customerFields.safeParse({ ...plan.newCustomers[0], creditLimit: 0 }).success).toBe(true);
    expect(plan.orders.find((o) => o.externalNumber === 'SO-2')?.notes).toBe('\u2067注\u2069');
  });
});
