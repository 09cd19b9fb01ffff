import {
  csvBytes,
  type ExportOrderRow,
  orderExportColumns,
  ordersTable,
  tableToCsv,
  tableToXlsx,
} from '../../../../shared/export/orders-table';
import type { Language } from '../../../../shared/ipc/contract';
import type { Order } from '../../../../shared/schema/order';
import { loadCustomersById, loadStaffById } from '../../../db/lookup-queries';
import type { DataSession } from '../../../db/session';
import { i18next } from '../../../i18n';
import { platform } from '../../../platform';
import type { SaveFileResult } from '../../../platform/types';

// A list of orders (a queue view) → a CSV or XLSX file the user saves. The table itself is built by the
// pure builder in shared/export/orders-table.ts; here the names are looked up and the labels translated.

export type ExportFormat = 'csv' | 'xlsx';

export interface BuiltExport {
  bytes: Uint8Array;
  suggestedName: string;
  rows: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;

/** The file's bytes and a suggested name, in the given language. Writes nothing. */
export async function buildOrdersExport(
  session: DataSession,
  orders: readonly Order[],
  format: ExportFormat,
  language: Language,
  now = new Date(),
): Promise<BuiltExport> {
  const t = i18next.getFixedT(language);
  const { db } = session;
  const [customers, staff] = await Promise.all([
    loadCustomersById(
      db,
      orders.map((o) => o.customerId),
    ),
    loadStaffById(
      db,
      orders.flatMap((o) => (o.assigneeId ? [o.assigneeId] : [])),
    ),
  ]);

  const rows: ExportOrderRow[] = orders.map((order) => ({
    number: order.number,
    customer: customers.get(order.customerId)?.name ?? '',
    status: t(`status.${order.status}`),
    priority: t(`priority.${order.priority}`),
    subtotal: order.subtotal,
    total: order.total,
    currency: order.currency,
    orderedAt: order.orderedAt,
    dueAt: order.dueAt,
    assignee: order.assigneeId ? (staff.get(order.assigneeId)?.name ?? '') : '',
  }));
  const titles = Object.fromEntries(
    orderExportColumns.map((column) => [column, t(`ordersExport.columns.${column}`)]),
  ) as Record<(typeof orderExportColumns)[number], string>;
  const table = ordersTable(rows, titles);
  const base = t('ordersExport.fileName', { date: stamp(now) });
  const bytes =
    format === 'csv' ? csvBytes(tableToCsv(table)) : await tableToXlsx(table, t('ordersExport.sheetName'));
  return { bytes, suggestedName: `${base}.${format}`, rows: rows.length };
}

/** Build the file and let the user save it (a save dialog on the desktop, a download in a browser). */
export async function exportOrders(
  session: DataSession,
  orders: readonly Order[],
  format: ExportFormat,
  language: Language,
): Promise<SaveFileResult & { rows: number }> {
  const t = i18next.getFixedT(language);
  const built = await buildOrdersExport(session, orders, format, language);
  const result = await platform.saveFile({
    suggestedName: built.suggestedName,
    bytes: built.bytes,
    filters: [
      format === 'csv'
        ? { name: t('ordersExport.csvFilter'), extensions: ['csv'] }
        : { name: t('ordersExport.xlsxFilter'), extensions: ['xlsx'] },
    ],
  });
  return { ...result, rows: built.rows };
}
