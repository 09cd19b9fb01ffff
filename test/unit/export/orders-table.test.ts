import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  type ExportOrderRow,
  exportCellText,
  localDateTime,
  minorToDecimal,
  orderExportColumns,
  ordersTable,
  safeSheetName,
  tableToCsv,
  tableToXlsx,
} from '../../../shared/export/orders-table';
import { parseCsv } from '../../../shared/import/csv';
import { readImportFile } from '../../../shared/import/read-file';
import { cellText } from '../../../shared/import/values';

const titles = {
  number: '订单号',
  customer: '客户名称',
  status: '状态',
  priority: '优先级',
  subtotal: '小计（税前）',
  total: '金额',
  currency: '币种',
  orderedAt: '下单时间',
  due: '到期',
  assignee: '负责人',
} as const;

const row = (overrides: Partial<ExportOrderRow>): ExportOrderRow => ({
  number: 'A-20261128-0001',
  customer: '北京华联商贸有限公司',
  status: '已提交',
  priority: '普通',
  subtotal: 241_500,
  total: 272_895,
  currency: 'CNY',
  orderedAt: new Date(2026, 10, 28, 9, 30).toISOString(),
  dueAt: null,
  assignee: '张三',
  ...overrides,
});

const hostile = ['=SUM(A1)', '+1', '-1', '@x', '\tX', '\rX'];
const rows = [
  row({}),
  ...hostile.map((text, i) => row({ number: `A-${i}`, customer: text, assignee: text })),
  row({
    number: 'J-1',
    currency: 'JPY',
    subtotal: 1200,
    total: 1200,
    dueAt: new Date(2026, 11, 1, 17, 0).toISOString(),
  }),
  // A US-dollar order of an imported export: tax-inclusive total, a 200-character customer name.
  row({
    number: 'US-7',
    customer: 'Acme '.repeat(40),
    currency: 'USD',
    subtotal: 1_234_567_89,
    total: 1_234_567_89,
  }),
];

describe('orders table', () => {
  it('keeps money and times typed, and writes them as plain decimals and local times in the CSV', () => {
    expect(minorToDecimal(272_895, 'CNY')).toBe('2728.95');
    expect(minorToDecimal(5, 'CNY')).toBe('0.05');
    expect(minorToDecimal(1200, 'JPY')).toBe('1200');
    expect(localDateTime(new Date(2026, 10, 28, 9, 5).toISOString())).toBe('2026-11-28 09:05');
    const table = ordersTable(rows, titles);
    expect(table[0]).toEqual(orderExportColumns.map((c) => titles[c]));
    expect(table[1]?.slice(4, 8)).toEqual([
      { kind: 'money', minor: 241_500, currency: 'CNY' },
      { kind: 'money', minor: 272_895, currency: 'CNY' },
      'CNY',
      { kind: 'date', iso: new Date(2026, 10, 28, 9, 30).toISOString() },
    ]);
    expect(table[1]?.map(exportCellText)).toEqual([
      'A-20261128-0001',
      '北京华联商贸有限公司',
      '已提交',
      '普通',
      '2415.00',
      '2728.95',
      'CNY',
      '2026-11-28 09:30',
      '',
      '张三',
    ]);
    const jpy = table.find((cells) => cells[0] === 'J-1');
    expect(jpy?.slice(4, 9).map(exportCellText)).toEqual([
      '1200',
      '1200',
      'JPY',
      '2026-11-28 09:30',
      '2026-12-01 17:00',
    ]);
  });

  it('neutralises formula-looking cells in CSV, keeps plain numbers and Chinese, and the importer reads it back', () => {
    const csv = tableToCsv(ordersTable(rows, titles));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const customers = parsed.slice(2, 2 + hostile.length).map((cells) => cells[1]);
    expect(customers).toEqual(hostile.map((text) => `'${text}`));
    for (const cells of parsed) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(parsed[0]?.[1]).toBe('客户名称');
    expect(parsed[1]?.[1]).toBe('北京华联商贸有限公司');
    // Money stays a plain number: no grouping, no currency sign, '.' as the decimal point.
    expect(parsed.at(-1)?.slice(4, 7)).toEqual(['1234567.89', '1234567.89', 'USD']);
    // Our own importer reads it back and strips the quote again.
    const table = parseCsv(csv);
    expect(table.rows.map((r) => cellText(r.cells[1]))).toContain('=SUM(A1)');
  });

  it('writes an XLSX whose money cells are numbers in the currency format and whose times are dates', async () => {
    const table = ordersTable(rows, titles);
    const bytes = await tableToXlsx(table, '订单/队列');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('订单 队列');
    const column = (name: (typeof orderExportColumns)[number]) => orderExportColumns.indexOf(name) + 1;
    const header = sheet?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(orderExportColumns.map((c) => titles[c]));

    let totalMinor = 0;
    for (const [i, source] of rows.entries()) {
      const r = sheet?.getRow(i + 2);
      const subtotal = r?.getCell(column('subtotal'));
      const total = r?.getCell(column('total'));
      for (const cell of [subtotal, total]) {
        expect(cell?.type).toBe(ExcelJS.ValueType.Number);
        expect(cell?.numFmt).toBe(source.currency === 'JPY' ? '#,##0' : '#,##0.00');
      }
      const digits = source.currency === 'JPY' ? 0 : 2;
      expect(Math.round((subtotal?.value as number) * 10 ** digits)).toBe(source.subtotal);
      expect(Math.round((total?.value as number) * 10 ** digits)).toBe(source.total);
      if (source.currency === 'CNY') totalMinor += Math.round((total?.value as number) * 100);

      // The date cell shows this machine's local time, as the app does.
      const ordered = r?.getCell(column('orderedAt'));
      expect(ordered?.type).toBe(ExcelJS.ValueType.Date);
      expect(ordered?.numFmt).toBe('yyyy-mm-dd hh:mm');
      const at = ordered?.value as Date;
      const local = new Date(source.orderedAt);
      expect([
        at.getUTCFullYear(),
        at.getUTCMonth(),
        at.getUTCDate(),
        at.getUTCHours(),
        at.getUTCMinutes(),
      ]).toEqual([
        local.getFullYear(),
        local.getMonth(),
        local.getDate(),
        local.getHours(),
        local.getMinutes(),
      ]);
      const due = r?.getCell(column('due'));
      expect(due?.type).toBe(source.dueAt ? ExcelJS.ValueType.Date : ExcelJS.ValueType.Null);

      // Text cells are text, neutralised; nothing is a formula.
      for (const name of ['number', 'customer', 'status', 'priority', 'currency', 'assignee'] as const) {
        const cell = r?.getCell(column(name));
        expect(cell?.type).toBe(ExcelJS.ValueType.String);
        expect(String(cell?.value)).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell?.formula).toBeUndefined();
      }
      expect(String(r?.getCell(column('customer')).value)).toBe(
        hostile.includes(source.customer) ? `'${source.customer}`.replace(/\r/g, '\n') : source.customer,
      );
    }
    // A SUM over the CNY totals is the sum of the orders' totals to the cent.
    expect(totalMinor).toBe(rows.filter((r) => r.currency === 'CNY').reduce((sum, r) => sum + r.total, 0));

    // And our importer reads it like any workbook.
    const read = await readImportFile('orders.xlsx', bytes);
    expect(read.headers).toEqual(table[0]);
    expect(read.rows[0]?.cells[1]).toBe('北京华联商贸有限公司');
  });

  it('makes a worksheet name Excel accepts', () => {
    expect(safeSheetName('a[b]:c*?/\\')).toBe('a b  c');
    expect(safeSheetName('')).toBe('Sheet1');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
  });
});
