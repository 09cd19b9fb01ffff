import Papa from 'papaparse';
import { neutraliseCell } from '../import/csv-safety';
import { currencyDigits } from '../rules/money';
import { formatMoneyInput } from '../rules/money-input';

// A queue view as a spreadsheet: one row per order, for CSV (UTF-8 with a BOM, so Excel shows Chinese)
// and XLSX (exceljs, loaded only when a workbook is written). Every cell is text and goes through
// neutraliseCell, so nothing a customer typed can run as a formula when the file is opened.

/** One order with its names already looked up and its labels already translated. */
export interface ExportOrderRow {
  number: string;
  customer: string;
  /** Translated status label. */
  status: string;
  /** Translated priority label. */
  priority: string;
  /** Minor units. */
  total: number;
  currency: string;
  /** ISO date-time. */
  orderedAt: string;
  /** ISO date-time of the SLA due time, or null. */
  dueAt: string | null;
  assignee: string;
}

export const orderExportColumns = [
  'number',
  'customer',
  'status',
  'priority',
  'total',
  'currency',
  'orderedAt',
  'due',
  'assignee',
] as const;

export type OrderExportColumn = (typeof orderExportColumns)[number];

/** Minor units → '1234.50' (no grouping, '.' as decimal point, the currency's decimals). */
export const minorToDecimal = (minor: number, currency: string): string =>
  formatMoneyInput(minor, currencyDigits(currency));

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → 'YYYY-MM-DD HH:mm' in this machine's time zone (what the importer reads back). */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Header row (translated titles) and one row per order, every cell neutralised. */
export function ordersTable(
  rows: readonly ExportOrderRow[],
  titles: Readonly<Record<OrderExportColumn, string>>,
): string[][] {
  const header = orderExportColumns.map((column) => titles[column]);
  const body = rows.map((row) => [
    row.number,
    row.customer,
    row.status,
    row.priority,
    minorToDecimal(row.total, row.currency),
    row.currency,
    localDateTime(row.orderedAt),
    row.dueAt ? localDateTime(row.dueAt) : '',
    row.assignee,
  ]);
  return [header, ...body].map((cells) => cells.map((cell) => neutraliseCell(cell)));
}

/** CSV text: BOM, CRLF, quoted where needed. */
export function tableToCsv(table: readonly (readonly string[])[]): string {
  const safe = table.map((cells) => cells.map((cell) => neutraliseCell(cell)));
  return `\uFEFF${Papa.unparse(safe, { newline: '\r\n', quotes: false })}\r\n`;
}

export const csvBytes = (csv: string): Uint8Array => new TextEncoder().encode(csv);

type ExcelModule = typeof import('exceljs');

/** exceljs, loaded on first use: it stays in its own chunk until a workbook is written (every export). */
export async function loadExcelJs(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

/** A worksheet name Excel accepts: no []:*?/\, at most 31 characters, not empty. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return clean === '' ? 'Sheet1' : clean;
}

/** Columns a text takes in a spreadsheet: CJK and full-width characters count twice. */
const displayWidth = (text: string) =>
  [...text].reduce(
    (sum, ch) =>
      sum +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1),
    0,
  );

/** An .xlsx with one worksheet: bold, frozen header row, every cell a text cell. */
export async function tableToXlsx(
  table: readonly (readonly string[])[],
  sheetName: string,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SalesDesk';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const cells of table) sheet.addRow(cells.map((cell) => neutraliseCell(cell)));
  sheet.getRow(1).font = { bold: true };
  const width = Math.max(0, ...table.map((cells) => cells.length));
  for (let c = 1; c <= width; c++) {
    const longest = Math.max(...table.map((cells) => displayWidth(cells[c - 1] ?? '')));
    sheet.getColumn(c).width = Math.min(50, Math.max(10, longest + 2));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
