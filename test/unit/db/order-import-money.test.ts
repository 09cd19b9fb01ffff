import { describe, expect, it } from 'vitest';
import { applyOrderImport, planOrderImport, revertOrderImport } from '../../../renderer/db/order-import';
import type { ImportBatch } from '../../../renderer/db/order-import-batches';
import { autoMatchColumns } from '../../../shared/import/columns';
import { readImportFile } from '../../../shared/import/read-file';
import { freshSession } from './fixtures';

// Amounts as systems export them: computed, with 3–4 decimals, a line amount and no unit price.
const csv = [
  '订单号,客户名称,产品名称,数量,金额',
  'SO-1,Claire Gute,Konftel 250 Conference phone,10,799.92',
  'SO-1,Claire Gute,DXL Angle-View Binders,3,16.448',
  'SO-2,Darrin Van Huff,Newell 322,7,1.0880',
].join('\n');

describe('importing rounded amounts and exact line amounts', () => {
  it('stores the file line amounts to the cent and keeps the exact file values in the record', async () => {
    const session = await freshSession();
    const table = await readImportFile('export.csv', new TextEncoder().encode(csv));
    const request = {
      headers: table.headers,
      rows: table.rows,
      mapping: autoMatchColumns(table.headers),
      dateOrder: 'ymd' as const,
    };
    const plan = await planOrderImport(session, request, '2026-11-30');
    expect(plan.rejected).toEqual([]);
    expect(plan.stats.rounding).toEqual({ count: 2, difference: '+0.004' });

    const batch = await applyOrderImport(session, plan, { fileName: 'export.csv', note: '' });
    const orders = await session.db.orders.toArray();
    const so1 = orders.find((o) => o.lines.length === 2);
    expect(so1?.subtotal).toBe(79_992 + 1645);
    expect(so1?.lines.map((l) => [l.unitPrice, l.amount])).toEqual([
      [7999, 79_992],
      [548, 1645],
    ]);
    expect(orders.find((o) => o.lines.length === 1)?.subtotal).toBe(109);

    const stored = (await session.db.meta.get(`import:${batch.id}`))?.value as ImportBatch;
    expect(stored.rounding).toEqual({
      count: 2,
      difference: '+0.004',
      amounts: [
        { row: 3, field: 'amount', exact: '16.448', rounded: 1645 },
        { row: 4, field: 'amount', exact: '1.088', rounded: 109 },
      ],
    });
    await revertOrderImport(session, batch.id);
    expect((await session.db.orders.toArray()).every((o) => o.deleted)).toBe(true);
  });

  it("rounds exact halves to even when banker's rounding is chosen", async () => {
    const session = await freshSession();
    const table = await readImportFile(
      'export.csv',
      new TextEncoder().encode('订单号,客户名称,产品名称,数量,金额\nSO-9,Claire Gute,Pens,1,2.345'),
    );
    const plan = await planOrderImport(
      session,
      {
        headers: table.headers,
        rows: table.rows,
        mapping: autoMatchColumns(table.headers),
        dateOrder: 'ymd',
        rounding: 'half_even',
      },
      '2026-11-30',
    );
    expect(plan.orders[0]?.totals.subtotal).toBe(234);
    expect(plan.stats.rounding.difference).toBe('-0.005');
  });
});
