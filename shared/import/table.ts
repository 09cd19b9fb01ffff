// The shape every reader (CSV, XLSX) produces, so mapping and planning never care where rows came from.

/** A CSV cell is text; an XLSX cell is text or a number (dates arrive as ISO text, see xlsx.ts). */
export type Cell = string | number;

export interface DataRow {
  /** 1-based row number as Excel shows it (header row of a plain file is 1). */
  row: number;
  /** One cell per header column (padded with ''). */
  cells: Cell[];
}

export interface TableWarning {
  row: number;
  code: 'extra_cells' | 'malformed_quotes';
}

export interface ImportTable {
  headers: string[];
  /** Row number of the header row (the first non-blank row). */
  headerRow: number;
  rows: DataRow[];
  warnings: TableWarning[];
}

/** Largest file accepted, in bytes (checked before decoding or unzipping). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Columns read from an .xlsx row; cells beyond are left out (an order-lines export has a few dozen). */
export const MAX_IMPORT_COLUMNS = 1_024;

/** Most data rows accepted in one file. */
export const MAX_IMPORT_ROWS = 100_000;

export const isBlankCell = (cell: Cell | undefined): boolean =>
  cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Pads or cuts a raw row to the header width; reports cells past the last header. */
export function fitRow(raw: readonly Cell[], width: number, row: number, warnings: TableWarning[]): DataRow {
  const cells: Cell[] = [];
  for (let i = 0; i < width; i++) cells.push(raw[i] ?? '');
  if (raw.slice(width).some((cell) => !isBlankCell(cell))) warnings.push({ row, code: 'extra_cells' });
  return { row, cells };
}
