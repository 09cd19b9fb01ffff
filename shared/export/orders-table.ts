import Papa from 'papaparse';
import { neutraliseCell } from '../import/csv-safety';
import { currencyDigits } from '../rules/money';
import { formatMoneyInput } from '../rules/money-input';

// A queue view as a spreadsheet: one row per order, for CSV (UTF-8 with a BOM, so Excel shows Chinese)
// and XLSX (exceljs, loaded only when a workbook is written). Money and times are typed cells: in the
// workbook they are numbers (with the currency's decimals) and dates, so SUM and date filters work on
// them; in the CSV they are plain numbers and 'YYYY-MM-DD HH:mm'. Every text cell goes through
// neutraliseCell, so nothing a customer typed can run as a formula when the file is opened.

/** One order with its names already looked up and its labels already translated. */
export interface ExportOrderRow {
  number: string;
  customer: string;
  /** Translated status label. */
  status: string;
  /** Translated priority label. */
  priority: string;
  /** Minor units, before tax. */
  subtotal: number;
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
  'subtotal',
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

/** A money amount: a number in the workbook, a plain decimal in the CSV. */
export interface MoneyCell {
  kind: 'money';
  /** Minor units. */
  minor: number;
  currency: string;
}

/** An instant: a date cell (this machine's local time) in the workbook, 'YYYY-MM-DD HH:mm' in the CSV. */
export interface DateCell {
  kind: 'date';
  iso: string;
}

/** Text (neutralised on output), money or a date; '' is an empty cell. */
export type ExportCell = string | MoneyCell | DateCell;

const money = (minor: number, currency: string): MoneyCell => ({ kind: 'money', minor, currency });
const date = (iso: string | null): ExportCell => (iso ? { kind: 'date', iso } : '');

/** Header row (translated titles) and one row per order; text cells neutralised. */
export function ordersTable(
  rows: readonly ExportOrderRow[],
  titles: Readonly<Record<OrderExportColumn, string>>,
): ExportCell[][] {
  const header = orderExportColumns.map((column) => titles[column]);
  const body = rows.map((row): ExportCell[] => [
    row.number,
    row.customer,
    row.status,
    row.priority,
    money(row.subtotal, row.currency),
    money(row.total, row.currency),
    row.currency,
    date(row.orderedAt),
    date(row.dueAt),
    row.assignee,
  ]);
  return [header, ...body].map((cells) =>
    cells.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell)),
  );
}

/** A cell as the CSV (and a column's width) shows it: money as a plain decimal, dates in local time. */
export function exportCellText(cell: ExportCell): string {
  if (typeof cell === 'string') return cell;
  if (cell.kind === 'money') return minorToDecimal(cell.minor, cell.currency);
  return localDateTime(cell.iso);
}

/** CSV text: BOM, CRLF, quoted where needed. */
export function tableToCsv(table: readonly (readonly ExportCell[])[]): string {
  const safe = table.map((cells) =>
    cells.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : exportCellText(cell))),
  );
  return `\uFEFF${Papa.unparse(safe, { newline: '\r\n', quotes: false })}\r\n`;
}

/** Excel's number format for a currency's minor unit: grouped, with its decimals ('#,##0.00', '#,##0'). */
export function moneyFormat(currency: string): string {
  const digits = currencyDigits(currency);
  return digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * Excel stores a date without a time zone and exceljs writes a Date by its UTC fields: the Date given has
 * this machine's local fields as its UTC ones, so the sheet shows the local time the app shows.
 */
export function excelDate(iso: string): Date | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Date(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()),
  );
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

/** An .xlsx with one worksheet: bold, frozen header row; text, number and date cells as the table says. */
export async function tableToXlsx(
  table: readonly (readonly ExportCell[])[],
  sheetName: string,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SalesDesk';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const cells of table) {
    const row = sheet.addRow(cells.map(() => null));
    for (const [i, cell] of cells.entries()) {
      const target = row.getCell(i + 1);
      if (typeof cell === 'string') {
        // An empty cell stays empty (not an empty text), so Excel's blanks filter and COUNTA see it.
        target.value = cell === '' ? null : neutraliseCell(cell);
      } else if (cell.kind === 'money') {
        // Minor units → the currency's unit: the nearest double to the decimal, which Excel shows and sums as it.
        target.value = cell.minor / 10 ** currencyDigits(cell.currency);
        target.numFmt = moneyFormat(cell.currency);
      } else {
        target.value = excelDate(cell.iso);
        target.numFmt = DATE_TIME_FORMAT;
      }
    }
  }
  sheet.getRow(1).font = { bold: true };
  const width = Math.max(0, ...table.map((cells) => cells.length));
  for (let c = 1; c <= width; c++) {
    const longest = Math.max(...table.map((cells) => displayWidth(exportCellWidthText(cells[c - 1]))));
    sheet.getColumn(c).width = Math.min(50, Math.max(10, longest + 2));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** What a column must fit: the text, or the amount as the money format shows it (with grouping). */
function exportCellWidthText(cell: ExportCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell !== 'string' && cell.kind === 'money') {
    const digits = currencyDigits(cell.currency);
    return new Intl.NumberFormat('en', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(cell.minor / 10 ** digits);
  }
  return exportCellText(cell);
}
