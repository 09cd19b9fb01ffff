import type { TFunction } from 'i18next';
import { loadExcelJs, moneyFormat, safeSheetName } from '../../../../../shared/export/orders-table';
import { neutraliseCell } from '../../../../../shared/import/csv-safety';
import type { Language } from '../../../../../shared/ipc/contract';
import { localIsoDate } from '../../../../../shared/rules/local-date';
import { currencyDigits } from '../../../../../shared/rules/money';
import type { Course } from '../../../../../shared/schema/training';
import type { TrainingPlans } from '../../../../db/training-queries';
import { i18next } from '../../../../i18n';
import { platform } from '../../../../platform';
import type { SaveFileResult } from '../../../../platform/types';

// Everyone's training plans as a workbook: "Plans" (one row per training item) and "Summary" (one row per
// person). Cells are typed: costs are numbers in the office currency's major unit with a currency format,
// days are date cells, the completion rate is a fraction with a % format, so SUM, filters and charts work
// on them. Labels come in the chosen language; exceljs is loaded only when the workbook is written.

/** The office currency as the workbook needs it: the ISO code and the symbol its format shows. */
export interface PlansCurrency {
  code: string;
  symbol: string;
}

export interface PlansExportInput {
  plans: TrainingPlans;
  /** The catalogue (an item whose course is no longer on file gets the "unknown course" title). */
  courses: readonly Course[];
  currency: PlansCurrency;
}

/** How a column's values are written: `day` takes 'YYYY-MM-DD', `money` minor units, `percent` 0–100. */
type ColumnKind = 'text' | 'number' | 'money' | 'day' | 'percent';
type Value = string | number | null;

interface Column {
  header: string;
  kind: ColumnKind;
}

interface SheetSpec {
  name: string;
  columns: readonly Column[];
  rows: readonly (readonly Value[])[];
}

export const DAY_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0.0%';

/** Excel's format for an amount in `currency`: its symbol, grouping and decimals ('"¥"#,##0.00'). */
export function currencyFormat(currency: PlansCurrency): string {
  const symbol = currency.symbol.replace(/"/g, '');
  const shown = /^[A-Za-z]+$/.test(symbol) ? `${symbol} ` : symbol;
  return `"${shown}"${moneyFormat(currency.code)}`;
}

/**
 * A calendar day as a date cell. exceljs writes a Date by its UTC fields and Excel keeps no time zone, so
 * the day is UTC midnight: the sheet shows the same day on every machine.
 */
export function excelDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Columns a text takes in a spreadsheet: CJK and full-width characters count twice. */
const displayWidth = (text: string) =>
  [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

const widthOf: Record<ColumnKind, number> = { text: 10, number: 8, money: 12, day: 12, percent: 9 };

/** The two sheets' headers and rows in the language of `t` (values still raw: minor units, ISO days). */
export function plansSheets(input: PlansExportInput, t: TFunction): SheetSpec[] {
  const { plans, courses, currency } = input;
  const byId = new Map(courses.map((c) => [c.id, c]));
  const c = (key: string, options: Record<string, string> = {}) =>
    t(`trainingArea.export.columns.${key}`, options);
  const yesNo = (passed: boolean | null) =>
    passed === null ? null : t(passed ? 'trainingArea.export.yes' : 'trainingArea.export.no');
  const planColumns: Column[] = [
    { header: c('person'), kind: 'text' },
    { header: c('course'), kind: 'text' },
    { header: c('kind'), kind: 'text' },
    { header: c('hours'), kind: 'number' },
    { header: c('cost', { currency: currency.code }), kind: 'money' },
    { header: c('due'), kind: 'day' },
    { header: c('status'), kind: 'text' },
    { header: c('completedOn'), kind: 'day' },
    { header: c('score'), kind: 'number' },
    { header: c('passed'), kind: 'text' },
    { header: c('certificateExpires'), kind: 'day' },
  ];
  const planRows = plans.flatMap(({ person, items }) =>
    items.map((item): Value[] => {
      const course = byId.get(item.courseId);
      return [
        person.name,
        course?.title ?? t('trainingArea.unknownCourse'),
        course ? t(`trainingArea.kinds.${course.kind}`) : null,
        course?.hours ?? null,
        course?.cost ?? null,
        item.due,
        t(`trainingArea.status.${item.status}`),
        item.completedOn,
        item.score,
        yesNo(item.passed),
        item.certificateExpires,
      ];
    }),
  );
  const summaryColumns: Column[] = [
    { header: c('person'), kind: 'text' },
    { header: c('items'), kind: 'number' },
    { header: c('completed'), kind: 'number' },
    { header: c('rate'), kind: 'percent' },
    { header: c('overdue'), kind: 'number' },
  ];
  const summaryRows = plans.map(({ person, items, rate }): Value[] => [
    person.name,
    items.length,
    rate.completed,
    rate.rate,
    rate.overdue,
  ]);
  return [
    { name: t('trainingArea.export.sheetPlans'), columns: planColumns, rows: planRows },
    { name: t('trainingArea.export.sheetSummary'), columns: summaryColumns, rows: summaryRows },
  ];
}

/** An .xlsx of the sheets: bold frozen header, typed cells, text neutralised, A4 landscape one page wide. */
async function sheetsToXlsx(sheets: readonly SheetSpec[], currency: PlansCurrency): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SalesDesk';
  const money = currencyFormat(currency);
  const digits = currencyDigits(currency.code);
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(safeSheetName(spec.name), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    sheet.addRow(spec.columns.map((column) => neutraliseCell(column.header))).font = { bold: true };
    for (const values of spec.rows) {
      const row = sheet.addRow(spec.columns.map(() => null));
      spec.columns.forEach((column, i) => {
        const value = values[i];
        // An empty value is no cell at all, so Excel's blanks filter and COUNTA see it as empty.
        if (value === null || value === undefined || value === '') return;
        const cell = row.getCell(i + 1);
        if (typeof value === 'string') {
          if (column.kind === 'day') {
            cell.value = excelDay(value);
            cell.numFmt = DAY_FORMAT;
          } else cell.value = neutraliseCell(value);
        } else if (column.kind === 'money') {
          cell.value = value / 10 ** digits;
          cell.numFmt = money;
        } else if (column.kind === 'percent') {
          cell.value = value / 100;
          cell.numFmt = PERCENT_FORMAT;
        } else cell.value = value;
      });
    }
    spec.columns.forEach((column, i) => {
      const texts = spec.rows.map((values) => values[i]).filter((v): v is string => typeof v === 'string');
      const longest = Math.max(
        widthOf[column.kind],
        displayWidth(column.header),
        ...(column.kind === 'text' ? texts.map(displayWidth) : []),
      );
      sheet.getColumn(i + 1).width = Math.min(50, longest + 2);
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The workbook's bytes and a suggested name (training-plans-YYYY-MM-DD.xlsx), in `language`. Writes nothing. */
export async function buildPlansExport(input: PlansExportInput, language: Language, now = new Date()) {
  const t = i18next.getFixedT(language);
  const bytes = await sheetsToXlsx(plansSheets(input, t), input.currency);
  return {
    bytes,
    suggestedName: `${t('trainingArea.export.fileName', { date: localIsoDate(now) })}.xlsx`,
  };
}

/** Build the workbook and let the user save it (a save dialog on the desktop, a download in a browser). */
export async function exportPlans(input: PlansExportInput, language: Language): Promise<SaveFileResult> {
  const t = i18next.getFixedT(language);
  const built = await buildPlansExport(input, language);
  return platform.saveFile({
    suggestedName: built.suggestedName,
    bytes: built.bytes,
    filters: [{ name: t('trainingArea.export.xlsxFilter'), extensions: ['xlsx'] }],
  });
}
