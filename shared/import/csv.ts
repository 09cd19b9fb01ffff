import Papa from 'papaparse';
import { ImportError } from './errors';
import {
  type DataRow,
  fitRow,
  type ImportTable,
  isBlankCell,
  MAX_IMPORT_ROWS,
  type TableWarning,
} from './table';

// CSV text → header + data rows. Row numbers are what Excel shows when it opens the file: one per
// record (a quoted field with line breaks stays one row), blank lines counted, header row first.
// Blank rows are dropped after numbering, so the numbers still point at the right place in the file.

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export interface CsvTable extends ImportTable {
  delimiter: CsvDelimiter;
}

export interface CsvOptions {
  /** Force a delimiter instead of guessing among comma, semicolon and tab. */
  delimiter?: CsvDelimiter;
}

/** Excel writes `sep=;` on the first line of some CSVs to name the delimiter. */
const sepLine = /^sep=(.)\r?\n/i;

export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  let body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let delimiter: string | undefined = options.delimiter;
  let rowOffset = 0;
  const sep = sepLine.exec(body);
  if (sep) {
    delimiter ??= sep[1];
    body = body.slice(sep[0].length);
    rowOffset = 1;
  }
  const result = Papa.parse<string[]>(body, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [...csvDelimiters],
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) throw new ImportError('csv_unclosed_quote', { row: (unclosed.row ?? 0) + 1 + rowOffset });

  const warnings: TableWarning[] = [];
  for (const error of result.errors) {
    if (error.code === 'InvalidQuotes')
      warnings.push({ row: (error.row ?? 0) + 1 + rowOffset, code: 'malformed_quotes' });
  }
  const records = result.data.map((cells, index) => ({ row: index + 1 + rowOffset, cells }));
  const filled = records.filter((record) => !record.cells.every((cell) => isBlankCell(cell)));
  const header = filled[0];
  if (!header) throw new ImportError('empty');

  const headers = header.cells.map((cell) => cell.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows: DataRow[] = filled
    .slice(1)
    .map((record) => fitRow(record.cells, headers.length, record.row, warnings));
  if (rows.length === 0) throw new ImportError('empty', { headerOnly: true });
  if (rows.length > MAX_IMPORT_ROWS) throw new ImportError('too_many_rows', { limit: MAX_IMPORT_ROWS });

  const guessed = result.meta.delimiter as CsvDelimiter;
  return {
    headers,
    headerRow: header.row,
    rows,
    warnings,
    delimiter: csvDelimiters.includes(guessed) ? guessed : ',',
  };
}
