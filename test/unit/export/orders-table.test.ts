import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  type ExportOrderRow,
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
  row({ number: 'J-1', currency: 'JPY', total: 1200, dueAt: new Date(2026, 11, 1, 17, 0).toISOString() }),
];

describe('orders table', () => {
  it('formats money as a plain decimal in the currency and dates in local time', () => {
    expect(minorToDecimal(272_895, 'CNY')).toBe('2728.95');
    expect(minorToDecimal(5, 'CNY')).toBe('0.05');
    expect(minorToDecimal(1200, 'JPY')).toBe('1200');
    expect(localDateTime(new Date(2026, 10, 28, 9, 5).toISOString())).toBe('2026-11-28 09:05');
    const table = ordersTable(rows, titles);
    expect(table[0]).toEqual(orderExportColumns.map((c) => titles[c]));
    expect(table[1]).toEqual([
      'A-20261128-0001',
      '北京华联商贸有限公司',
      '已提交',
      '普通',
      '2728.95',
      'CNY',
      '2026-11-28 09:30',
      '',
      '张三',
    ]);
    expect(table.at(-1)?.slice(4, 8)).toEqual(['1200', 'JPY', '2026-11-28 09:30', '2026-12-01 17:00']);
  });

  it('neutralises formula-looking cells in CSV, keeps Chinese, and the importer reads it back', () => {
    const csv = tableToCsv(ordersTable(rows, titles));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const customers = parsed.slice(2, 2 + hostile.length).map((cells) => cells[1]);
    expect(customers).toEqual(hostile.map((text) => `'${text}`));
    for (const cells of parsed) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(parsed[0]?.[1]).toBe('客户名称');
    expect(parsed[1]?.[1]).toBe('北京华联商贸有限公司');
    // Our own importer reads it back and strips the quote again.
    const table = parseCsv(csv);
    expect(table.rows.map((r) => cellText(r.cells[1]))).toContain('=SUM(A1)');
  });

  it('writes an XLSX that reads back with the same rows, neutralised, Chinese intact', async () => {
    const table = ordersTable(rows, titles);
    const bytes = await tableToXlsx(table, '订单/队列');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('订单 队列');
    const back: string[][] = [];
    sheet?.eachRow((r) => {
      const cells: string[] = [];
      for (let c = 1; c <= orderExportColumns.length; c++) {
        const value = r.getCell(c).value;
        expect(value === null || typeof value === 'string').toBe(true);
        cells.push((value as string | null) ?? '');
      }
      back.push(cells);
    });
    // XML turns a CR inside text into LF on reading; the cell stays neutralised either way.
    expect(back).toEqual(table.map((cells) => cells.map((cell) => cell.replace(/\r/g, '\n'))));
    for (const cells of back) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(sheet?.getRow(3).getCell(1).formula).toBeUndefined();
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
