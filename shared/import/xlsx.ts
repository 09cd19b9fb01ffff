import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { errorMessage } from '../error-message';
import { ImportError } from './errors';
import { assertImportSize } from './sniff';
import {
  type Cell,
  type DataRow,
  fitRow,
  type ImportTable,
  isBlankCell,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  type TableWarning,
} from './table';
import { checkXlsxZip } from './zip-check';

// .xlsx → header + data rows. exceljs is big, so it is loaded only when a workbook is actually read
// (`await import('exceljs')` becomes a separate chunk in the renderer bundle).
// Cells: numbers stay numbers; dates become ISO text ('2026-11-28', or '2026-11-28 14:30:00' when they
// carry a time); rich text → its plain text; formulas → their cached result; errors → '#N/A' etc.;
// empty → ''. Merged cells repeat the top-left value on every row they cover (CRMs merge order-level
// cells over the order's lines). Numbers shown as a percentage become text like '13%', so a tax rate or
// discount keeps the meaning the user sees.

export interface XlsxTable extends ImportTable {
  sheetName: string;
  /**
   * Cells read that hold a formula. Only the value Excel last calculated and saved is read (a formula is
   * never evaluated here), which may be stale or forged: the dry run says how many there were.
   */
  formulaCells: number;
  /** Every worksheet, in workbook order, so the UI can offer a choice. */
  sheetNames: string[];
}

export interface XlsxOptions {
  /** Read this worksheet instead of the first visible one. */
  sheet?: string;
}

type ExcelModule = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** exceljs gives dates as UTC instants that carry the wall-clock time written in the cell. */
export function excelDateText(date: Date): string {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Serial day number (1900 system) → Date in the same UTC-wall-clock convention as exceljs. */
export function excelSerialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

/** A number format that shows a date (has d or y outside quoted text and [colour] blocks). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /[年月日]/.test(bare);
}

/** A number format that shows a percentage: 0.13 is displayed (and meant) as 13%. */
export const isPercentFormat = (numFmt: string | undefined): boolean =>
  !!numFmt && numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').includes('%');

type Shown = 'plain' | 'date' | 'percent';

function scalar(value: unknown, shown: Shown): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : excelDateText(value);
  if (typeof value === 'number') {
    if (shown === 'date') return excelDateText(excelSerialToDate(value));
    if (shown === 'percent') return `${Number((value * 100).toPrecision(12))}%`;
    return value;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return scalar(v.result, shown);
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return scalar(v.text, 'plain');
  }
  return '';
}

/** An exceljs cell value that is a formula (its own, or one shared from another cell). */
export function isFormulaValue(value: CellValue): boolean {
  return value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
}

/** Plain value of an exceljs cell value (exported for tests). */
export function cellValueToCell(value: CellValue, numFmt?: string): Cell {
  return scalar(value, isDateFormat(numFmt) ? 'date' : isPercentFormat(numFmt) ? 'percent' : 'plain');
}

function pickSheet(workbook: Workbook, name: string | undefined): Worksheet {
  const sheets = workbook.worksheets;
  if (name !== undefined) {
    const found = sheets.find((sheet) => sheet.name === name);
    if (!found) throw new ImportError('sheet_not_found', { sheet: name, sheets: sheets.map((s) => s.name) });
    return found;
  }
  const first = sheets.find((sheet) => sheet.state === 'visible') ?? sheets[0];
  if (!first) throw new ImportError('no_worksheet');
  return first;
}

export async function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): Promise<XlsxTable> {
  assertImportSize(bytes.byteLength);
  await checkXlsxZip(bytes);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types say Buffer; its zip reader takes any Uint8Array / ArrayBuffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new ImportError('xlsx_unreadable', {
      message: errorMessage(error),
    });
  }
  const sheet = pickSheet(workbook, options.sheet);

  const raw: { row: number; cells: Cell[] }[] = [];
  let tooMany = false;
  let formulaCells = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooMany) return;
    // Only the cells the row holds, up to a bound: a stray value in column XFD must not make every
    // row 16,384 cells wide (getCell creates each one it is asked for).
    const cells: Cell[] = [];
    let formula = 0;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_IMPORT_COLUMNS) return;
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = cellValueToCell(cell.value, cell.numFmt);
      if (isFormulaValue(cell.value)) formula++;
    });
    if (cells.every((cell) => isBlankCell(cell))) return;
    formulaCells += formula;
    raw.push({ row: rowNumber, cells });
    if (raw.length > MAX_IMPORT_ROWS + 1) tooMany = true;
  });
  if (tooMany) throw new ImportError('too_many_rows', { limit: MAX_IMPORT_ROWS });

  const header = raw[0];
  if (!header) throw new ImportError('empty', { sheet: sheet.name });
  const headers = header.cells.map((cell) => String(cell).trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const warnings: TableWarning[] = [];
  const rows: DataRow[] = raw
    .slice(1)
    .map((record) => fitRow(record.cells, headers.length, record.row, warnings));
  if (rows.length === 0) throw new ImportError('empty', { sheet: sheet.name, headerOnly: true });

  return {
    headers,
    headerRow: header.row,
    rows,
    warnings,
    sheetName: sheet.name,
    sheetNames: workbook.worksheets.map((s) => s.name),
    formulaCells,
  };
}
