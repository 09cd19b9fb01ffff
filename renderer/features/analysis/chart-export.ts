import type { Chart } from 'chart.js';
import { loadExcelJs, moneyFormat, safeSheetName } from '../../../shared/export/orders-table';
import { neutraliseCell } from '../../../shared/import/csv-safety';
import { localIsoDate } from '../../../shared/rules/local-date';
import { currencyDigits } from '../../../shared/rules/money';
import { platform } from '../../platform';
import type { SaveFileResult } from '../../platform/types';

// A chart of the analysis screen as a picture (PNG) or its figures as a workbook (XLSX), saved through
// the platform (a save dialog on the desktop, a download in a browser). In the workbook every figure is
// a number cell — money in the currency's major unit with a number format naming the currency, counts as
// whole numbers, shares as percentages, months as dates — so the figures can be summed and charted again.

export type Column =
  | { title: string; kind: 'text' | 'count' | 'month' | 'share' }
  | { title: string; kind: 'money'; currency: string };

/** A cell's value: text, a count, minor units (money), a fraction (share), YYYY-MM (month); null is empty. */
export type Cell = string | number | null;

/** What a picture is taken from: a drawn Chart.js chart. */
export type PictureSource = Pick<Chart, 'canvas' | 'toBase64Image'>;

export interface Sheet {
  name: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

const SHARE_FORMAT = '0.0%';
const MONTH_FORMAT = 'yyyy-mm';

/** A file name from a chart's title and today's date, without the characters no file system takes. */
export const fileName = (title: string, extension: 'png' | 'xlsx') =>
  `${title.replace(/[\\/:*?"<>|]/g, ' ').trim()} ${localIsoDate(new Date())}.${extension}`;

/** The cell as the workbook stores it: money in major units, a month as the first day of it (a date). */
function cellValue(column: Column, cell: Cell): string | number | Date | null {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'string') {
    if (column.kind !== 'month') return neutraliseCell(cell);
    const [year, month] = cell.split('-').map(Number) as [number, number];
    // exceljs writes a Date by its UTC fields: the first of the month at midnight, whatever the time zone.
    return new Date(Date.UTC(year, month - 1, 1));
  }
  return column.kind === 'money' ? cell / 10 ** currencyDigits(column.currency) : cell;
}

function numberFormat(column: Column): string | undefined {
  if (column.kind === 'money') return `${moneyFormat(column.currency)} "${column.currency}"`;
  if (column.kind === 'share') return SHARE_FORMAT;
  if (column.kind === 'month') return MONTH_FORMAT;
  if (column.kind === 'count') return '#,##0';
  return undefined;
}

/** An .xlsx with one worksheet a sheet: bold frozen header, typed cells, columns wide enough. */
export async function sheetsToWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SalesDesk';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(safeSheetName(spec.name), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(spec.columns.map((c) => neutraliseCell(c.title))).font = { bold: true };
    for (const cells of spec.rows)
      sheet.addRow(spec.columns.map((column, i) => cellValue(column, cells[i] ?? null)));
    spec.columns.forEach((column, i) => {
      const target = sheet.getColumn(i + 1);
      const format = numberFormat(column);
      if (format) for (let r = 2; r <= spec.rows.length + 1; r++) sheet.getCell(r, i + 1).numFmt = format;
      const longest = Math.max(
        column.title.length * 2,
        ...spec.rows.map((cells) => String(cells[i] ?? '').length),
      );
      target.width = Math.min(50, Math.max(12, longest + 2));
    });
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The figures as a workbook, saved where the user says. */
export async function saveWorkbook(
  title: string,
  sheets: readonly Sheet[],
  filterName: string,
): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: fileName(title, 'xlsx'),
    bytes: await sheetsToWorkbook(sheets),
    filters: [{ name: filterName, extensions: ['xlsx'] }],
  });
}

/**
 * The chart as drawn, on white: a canvas is transparent where nothing is drawn, which image viewers show
 * as black or a checkerboard. Drawn at the screen's pixel ratio, so the picture is as sharp as the chart.
 */
export async function chartPng(chart: PictureSource): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = chart.canvas.width;
  canvas.height = chart.canvas.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to draw the picture on');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const image = new Image();
  image.src = chart.toBase64Image('image/png', 1);
  await image.decode();
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The chart as a PNG, saved where the user says. */
export async function savePng(
  title: string,
  chart: PictureSource,
  filterName: string,
): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: fileName(title, 'png'),
    bytes: await chartPng(chart),
    filters: [{ name: filterName, extensions: ['png'] }],
  });
}
