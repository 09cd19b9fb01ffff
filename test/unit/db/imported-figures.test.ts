import { describe, expect, it } from 'vitest';
import { loadDashboard } from '../../../renderer/db/dashboard-queries';
import { applyOrderImport, planOrderImport, revertOrderImport } from '../../../renderer/db/order-import';
import { queueCount } from '../../../renderer/db/order-queries';
import { loadSampleOffice } from '../../../renderer/db/sample-loader';
import { autoMatchColumns } from '../../../shared/import/columns';
import { readImportFile } from '../../../shared/import/read-file';
import { scanDashboard } from '../../support/dashboard-scan';
import { freshSession } from './fixtures';

// The figures after an import shaped like a real accounting export, not like the sample: line amounts
// with 3–4 decimals and no unit price, dollars beside yuan, 200-character customer names, order dates
// months back. The dashboard must still equal a count over every order, the imported orders must be
// received on the day they were imported (they entered the queue then), and a revert must take every
// figure back to what it was.

const asOf = new Date('2026-11-27T16:30:00+08:00');
const longName = (n: number) => `${'华东区域集团有限责任公司'.repeat(18)}第${n}分公司`.slice(0, 200);

function exportCsv(): string {
  const lines = ['Sales Order Number,Account Name,Product Name,Quantity,Total,Currency,Order Date'];
  for (let i = 1; i <= 40; i++) {
    const month = String(8 + (i % 4)).padStart(2, '0');
    const currency = i % 3 === 0 ? 'USD' : 'CNY';
    const customer = i % 5 === 0 ? longName(i) : `Globex ${i % 7}`;
    lines.push(
      `EXP-${i},"${customer}",Toner TN-${i % 6},${1 + (i % 4)},${(i * 137.0137).toFixed(4)},${currency},2026-${month}-1${i % 9}`,
    );
    if (i % 2 === 0)
      lines.push(
        `EXP-${i},"${customer}",Stapler ${i % 3},3,${(i * 12.345).toFixed(3)},${currency},2026-${month}-1${i % 9}`,
      );
  }
  return lines.join('\r\n');
}

describe('figures after importing a real-shaped export', () => {
  it('equal a count over every order, receive the import today, and return after a revert', async () => {
    const session = await freshSession(() => asOf);
    await loadSampleOffice(session, { language: 'zh-CN', orders: 400, asOf, seed: 5 });
    const before = await loadDashboard(session.db, 'month', asOf);

    const table = await readImportFile('zoho-export.csv', new TextEncoder().encode(exportCsv()));
    const request = {
      headers: table.headers,
      rows: table.rows,
      mapping: autoMatchColumns(table.headers),
      dateOrder: 'ymd' as const,
    };
    const plan = await planOrderImport(session, request, '2026-11-27');
    expect(plan.rejected).toEqual([]);
    const batch = await applyOrderImport(session, plan, { fileName: 'zoho-export.csv', note: '' });

    const orders = await session.db.orders.toArray();
    const imported = orders.filter((o) => o.number.startsWith('EXP-') && !o.deleted);
    expect(imported).toHaveLength(40);
    expect(new Set(imported.map((o) => o.currency))).toEqual(new Set(['CNY', 'USD']));
    const after = await loadDashboard(session.db, 'month', asOf);
    const scan = scanDashboard(
      orders,
      asOf,
      after.figures.period,
      after.figures.trend.map((w) => w.week),
    );
    expect([after.total, after.open, after.overdue, after.dueToday]).toEqual([
      scan.total,
      scan.open,
      scan.overdue,
      scan.dueToday,
    ]);
    expect([after.figures.received, after.figures.completed]).toEqual([scan.received, scan.completed]);
    // Received when imported, whatever date the file gives the order.
    expect(after.figures.received).toBe(before.figures.received + 40);
    const today = { kind: 'milestone', milestone: 'received', from: '2026-11-27', to: '2026-11-27' } as const;
    expect(await queueCount(session.db, today)).toBe(
      orders.filter((o) => !o.deleted && o.milestones.submittedAt?.startsWith('2026-11-27')).length,
    );
    // Each currency apart, month by month, equal to the scan (which adds amounts per month and currency).
    const revenue: Record<string, number> = {};
    for (const series of after.revenue)
      for (const m of series.months) if (m.amount !== 0) revenue[`${m.month}|${series.currency}`] = m.amount;
    const scanned = Object.fromEntries(
      Object.entries(scan.revenue).filter(([key]) =>
        after.revenue[0]?.months.some((m) => key.startsWith(m.month)),
      ),
    );
    expect(revenue).toEqual(scanned);
    expect(Object.keys(revenue).some((key) => key.endsWith('|USD'))).toBe(true);

    await revertOrderImport(session, batch.id);
    const reverted = await loadDashboard(session.db, 'month', asOf);
    // Every figure as before the import — and no series of zeros for the dollars that left.
    expect(reverted).toEqual(before);
    expect(reverted.revenue.map((r) => r.currency)).toEqual(['CNY']);
  });
});
