import Papa from 'papaparse';
import { neutraliseCell } from './csv-safety';
import type { Rejection } from './plan-types';
import type { ImportTable } from './table';
import { cellText } from './values';

// The refused rows as a CSV the user can fix in Excel and import again: the original columns as they
// were, then the file row number and the reasons. UTF-8 with a BOM (Excel needs it to show Chinese),
// CRLF line ends, formula-looking cells neutralised (csv-safety.ts; the importer strips the quote again).

export interface RejectsCsvOptions {
  /** Column titles of the two added columns: 'zh' → 行号, 原因; 'en' → row, reason. */
  language?: 'zh' | 'en';
  /** Text of one rejection; default `column: reason` (e.g. '数量: not_positive'). The UI passes its translation. */
  describe?: (rejection: Rejection) => string;
}

const titles = { zh: { row: '行号', reason: '原因' }, en: { row: 'row', reason: 'reason' } };

const defaultDescribe = (r: Rejection) => `${r.column || r.field}: ${r.reason}`;

export function buildRejectsCsv(
  table: Pick<ImportTable, 'headers' | 'rows'>,
  rejected: readonly Rejection[],
  options: RejectsCsvOptions = {},
): string {
  const title = titles[options.language ?? 'zh'];
  const describe = options.describe ?? defaultDescribe;
  const reasons = new Map<number, string[]>();
  for (const rejection of rejected) {
    const text = describe(rejection);
    const list = reasons.get(rejection.row) ?? [];
    if (!list.includes(text)) list.push(text);
    reasons.set(rejection.row, list);
  }
  const data = [[...table.headers, title.row, title.reason]];
  for (const row of table.rows) {
    const list = reasons.get(row.row);
    if (!list) continue;
    data.push([...row.cells.map(cellText), String(row.row), list.join('; ')]);
  }
  const safe = data.map((cells) => cells.map((cell) => neutraliseCell(cell)));
  return `\uFEFF${Papa.unparse(safe, { newline: '\r\n', quotes: false })}\r\n`;
}

/** The CSV as bytes to write to disk (UTF-8; the BOM is part of the text). */
export const rejectsCsvBytes = (csv: string): Uint8Array => new TextEncoder().encode(csv);
