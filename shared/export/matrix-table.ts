import { neutraliseCell } from '../import/csv-safety';
import type { DutyComplexity } from '../rules/coverage';
import { loadExcelJs, safeSheetName } from './orders-table';

// The duty matrix on paper and in a workbook: who holds which duty as a table of P/B cells,
// the coverage problems as a list, and how small the wall print must be to fit one A4 landscape page.
// Pure: names and labels come in already translated, so the same tables serve zh-CN and en.

export type MatrixRole = 'primary' | 'backup' | null;
export type SheetCell = string | number;

export interface MatrixMember {
  id: string;
  name: string;
}

export interface MatrixDuty {
  id: string;
  name: string;
  complexity: DutyComplexity;
  hoursPerWeek: number;
  primaryId: string | null;
  backupIds: readonly string[];
}

export interface MatrixLabels {
  duty: string;
  complexity: string;
  hoursPerWeek: string;
  complexities: Readonly<Record<DutyComplexity, string>>;
  /** The cell marks, e.g. 'P' and 'B'. */
  primary: string;
  backup: string;
}

/** The duty's role for each member, in the members' order (primary wins if someone is listed twice). */
export function matrixRoles(
  duty: Pick<MatrixDuty, 'primaryId' | 'backupIds'>,
  members: readonly MatrixMember[],
) {
  return members.map(
    (member): MatrixRole =>
      duty.primaryId === member.id ? 'primary' : duty.backupIds.includes(member.id) ? 'backup' : null,
  );
}

export const roleMark = (role: MatrixRole, labels: Pick<MatrixLabels, 'primary' | 'backup'>) =>
  role === 'primary' ? labels.primary : role === 'backup' ? labels.backup : '';

/** Header (Duty, Complexity, Hours/week, each member) and one row per duty with its P/B cells. */
export function matrixTable(
  members: readonly MatrixMember[],
  duties: readonly MatrixDuty[],
  labels: MatrixLabels,
): SheetCell[][] {
  const header = [labels.duty, labels.complexity, labels.hoursPerWeek, ...members.map((m) => m.name)];
  const rows = duties.map((duty) => [
    duty.name,
    labels.complexities[duty.complexity],
    duty.hoursPerWeek,
    ...matrixRoles(duty, members).map((role) => roleMark(role, labels)),
  ]);
  return [header, ...rows];
}

/** One coverage problem in words: the duty and person it is about ('' when none) and what is wrong. */
export interface CheckLine {
  duty: string;
  person: string;
  problem: string;
}

export interface CheckLabels {
  duty: string;
  person: string;
  problem: string;
  /** The row shown when every check passes. */
  none: string;
  score: string;
}

/** Header, one row per problem (or the "none" row), then the coverage score under a blank row. */
export function checksTable(lines: readonly CheckLine[], score: number, labels: CheckLabels): SheetCell[][] {
  const body = lines.length > 0 ? lines.map((l) => [l.duty, l.person, l.problem]) : [[labels.none, '', '']];
  return [[labels.duty, labels.person, labels.problem], ...body, [], [labels.score, score]];
}

export interface SheetSpec {
  name: string;
  rows: readonly (readonly SheetCell[])[];
  /** Columns from this 0-based index on hold one mark each: narrow, centred, header turned upright. */
  marksFrom?: number;
}

/** Columns a text takes in a spreadsheet: CJK and full-width characters count twice. */
const displayWidth = (cell: SheetCell | undefined) =>
  [...String(cell ?? '')].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

/**
 * An .xlsx with the given sheets: bold frozen header, text neutralised (nothing typed runs as a formula),
 * numbers kept as numbers, and each sheet set to print on one A4 landscape page like the wall print.
 */
export async function sheetsToXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SalesDesk';
  for (const spec of sheets) {
    const marksFrom = spec.marksFrom ?? Number.POSITIVE_INFINITY;
    const sheet = workbook.addWorksheet(safeSheetName(spec.name), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: Number.isFinite(marksFrom) ? 1 : 0 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
    });
    for (const cells of spec.rows)
      sheet.addRow(
        // An empty mark is no cell at all, so the sheet's empty cells are really empty.
        cells.map((cell) => (cell === '' ? null : typeof cell === 'string' ? neutraliseCell(cell) : cell)),
      );
    const header = sheet.getRow(1);
    header.font = { bold: true };
    const width = Math.max(0, ...spec.rows.map((cells) => cells.length));
    for (let c = 1; c <= width; c++) {
      const column = sheet.getColumn(c);
      if (c - 1 >= marksFrom) {
        column.width = 4;
        column.alignment = { horizontal: 'center' };
        header.getCell(c).alignment = { textRotation: 90, horizontal: 'center' };
      } else {
        const longest = Math.max(...spec.rows.map((cells) => displayWidth(cells[c - 1])));
        column.width = Math.min(50, Math.max(10, longest + 2));
      }
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

// The wall print: A4 landscape (297 × 210 mm) with 8 mm margins, a title block and a legend line, and
// the table below. Sizes are in mm, the font in pt (1 pt = 0.3528 mm).
const PT = 0.3528;
export const printPage = { widthMm: 281, heightMm: 194, titleMm: 13, legendMm: 5 } as const;
const FONT_MAX_PT = 10;
const FONT_MIN_PT = 3;
const LINE = 1.2;
/** A row's text box besides its line: a little air above and below. */
const ROW_PAD_MM = 0.3;
/** The browser draws every cell border at least one CSS pixel wide, whatever the CSS says. */
const BORDER_MM = 25.4 / 96;
const COL_EXTRA_MM = 0.5;
/** Kept free below the table, for rounding in the browser's layout. */
const SLACK = 0.97;

export interface PrintFit {
  fontPt: number;
  /** The height of a body cell's box; each row takes it plus one border (pitchMm). */
  rowMm: number;
  pitchMm: number;
  /** The header row, whose member names stand upright. */
  headMm: number;
  hoursMm: number;
  ownerMm: number;
  memberMm: number;
  /** The least the duty name column gets (it takes what the other columns leave). */
  dutyMm: number;
}

/**
 * Sizes that put `duties` rows × `members` columns on one page: the font shrinks with whichever of rows
 * or columns is tighter (30 people × 60 duties still fits), and grows no larger than easy reading needs.
 */
export function matrixPrintFit(duties: number, members: number): PrintFit {
  const tableMm = (printPage.heightMm - printPage.titleMm - printPage.legendMm) * SLACK;
  const headMm = 16;
  const dutyMm = 48;
  const hoursMm = 9;
  const ownerMm = 30;
  const memberRoom = printPage.widthMm * SLACK - dutyMm - hoursMm - ownerMm;
  const memberMm = Math.min(14, memberRoom / Math.max(1, members));
  const cellRoom = (tableMm - headMm - BORDER_MM) / Math.max(1, duties) - BORDER_MM;
  const byRows = (cellRoom - ROW_PAD_MM) / LINE / PT;
  // A mark column is one upright line of a name in the header, and one letter in the body.
  const byColumns = (memberMm - COL_EXTRA_MM) / LINE / PT;
  const fontPt = Math.max(FONT_MIN_PT, Math.min(FONT_MAX_PT, byRows, byColumns));
  const rowMm = Math.min(cellRoom, fontPt * PT * LINE + ROW_PAD_MM);
  const round = (n: number) => Math.floor(n * 100) / 100;
  return {
    fontPt: round(fontPt),
    rowMm: round(rowMm),
    pitchMm: round(rowMm) + BORDER_MM,
    headMm,
    hoursMm,
    ownerMm,
    memberMm: round(memberMm),
    dutyMm,
  };
}
