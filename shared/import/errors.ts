// Errors that stop a whole file from being read. Row-level problems are not errors: the plan lists them
// as rejected rows with a machine-readable reason instead (see plan.ts).

export const importErrorCodes = [
  /** Bytes are neither UTF-8 nor GB18030, or a mix of both (details.mixed = true). */
  'unknown_encoding',
  /** The caller forced an encoding and the bytes are not valid in it (details.encoding). */
  'encoding_mismatch',
  /** Nothing but blank lines, or a header row and no data rows (details.headerOnly = true). */
  'empty',
  /** A quoted CSV field is never closed (details.row: where it starts). */
  'csv_unclosed_quote',
  /**
   * The file is over the size limit (details.limit, details.size, in bytes); details.unpacked: an .xlsx
   * whose zip declares more than the limit once unpacked.
   */
  'too_large',
  /** More data rows than the limit (details.limit). */
  'too_many_rows',
  /** An Excel 97–2003 .xls (OLE2) file: ask for .xlsx or CSV. */
  'xls_not_supported',
  /** Neither text (CSV) nor .xlsx: an image, a PDF, a zip of something else… */
  'unsupported_file',
  /** Looks like .xlsx (a zip) but exceljs cannot read it (details.message). */
  'xlsx_unreadable',
  /** The named worksheet is not in the workbook (details.sheet, details.sheets). */
  'sheet_not_found',
  /** The workbook has no worksheet with any cell in it. */
  'no_worksheet',
  /** planOrderLinesImport was called with required fields unmapped (details.fields). */
  'mapping_incomplete',
] as const;

export type ImportErrorCode = (typeof importErrorCodes)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    const extra = Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : '';
    super(`import: ${code}${extra}`);
    this.name = 'ImportError';
  }
}

export const isImportError = (error: unknown, code?: ImportErrorCode): error is ImportError =>
  error instanceof ImportError && (code === undefined || error.code === code);
