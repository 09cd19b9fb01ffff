import { type CsvDelimiter, parseCsv } from './csv';
import { decodeText, type TextEncoding } from './decode';
import { ImportError } from './errors';
import { isRenamedText, sniffFileKind } from './sniff';
import type { ImportTable } from './table';
import { readXlsx } from './xlsx';

// A chosen file → table, whatever it is: checks the size, sniffs the kind, decodes CSV text, or reads
// the workbook (exceljs is loaded only then).

export interface ReadOptions {
  /** Force a text encoding for CSV (the user picked one after 'unknown_encoding'). */
  encoding?: TextEncoding;
  delimiter?: CsvDelimiter;
  /** Worksheet name for .xlsx. */
  sheet?: string;
}

export type ReadResult =
  | (ImportTable & {
      kind: 'csv';
      encoding: TextEncoding;
      delimiter: CsvDelimiter;
      /** Named .xlsx/.xls but really CSV text (read as CSV). */
      renamed: boolean;
    })
  | (ImportTable & { kind: 'xlsx'; sheetName: string; sheetNames: string[]; formulaCells: number });

export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const kind = sniffFileKind(name, bytes);
  if (kind === 'unknown') throw new ImportError('unsupported_file', { name });
  if (kind === 'xlsx') {
    const table = await readXlsx(bytes, options.sheet === undefined ? {} : { sheet: options.sheet });
    return { ...table, kind };
  }
  const decoded = decodeText(bytes, options.encoding === undefined ? {} : { encoding: options.encoding });
  const table = parseCsv(
    decoded.text,
    options.delimiter === undefined ? {} : { delimiter: options.delimiter },
  );
  return { ...table, kind, encoding: decoded.encoding, renamed: isRenamedText(name, kind) };
}
