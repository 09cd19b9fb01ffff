import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/errors';
import {
  cellValueToCell,
  excelDateText,
  isDateFormat,
  isFormulaValue,
  readXlsx,
} from '../../../shared/import/xlsx';
import { fixture } from './fixtures';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function errorOf(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readXlsx', () => {
  it('reads the first worksheet: dates as ISO text, formulas as results, rich text as plain', async () => {
    const table = await readXlsx(fixture('orders.xlsx'));
    expect(table.sheetName).toBe('订单明细');
    expect(table.sheetNames).toEqual(['订单明细', 'Other']);
    expect(table.headerRow).toBe(1);
    expect(table.headers).toEqual([
      '订单号',
      '客户',
      '产品',
      '数量',
      '单价',
      '金额',
      '税率',
      '订单日期',
      '交货日期',
      '备注',
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(table.rows[0]?.cells).toEqual([
      'X-100',
      '南京金陵贸易',
      'A4复印纸',
      10,
      25.5,
      255,
      '13%',
      '2026-11-28',
      '2026-12-05',
      '加急，送到前台',
    ]);
    expect(table.rows[1]?.cells[5]).toBe(2160);
    expect(table.rows[2]?.cells[7]).toBe('2026-11-29 09:30:00');
    expect(table.rows[2]?.cells[8]).toBe('');
    // Each row's amount is =D*E, read from the value Excel saved: counted, so the dry run can say so.
    expect(table.formulaCells).toBe(3);
  });

  it('counts the formula cells it read from their saved values, shared formulas too, and none elsewhere', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Orders');
      sheet.addRow(['Order', 'Qty', 'Price', 'Amount']);
      for (let r = 2; r <= 13; r++) {
        sheet.getCell(`A${r}`).value = `F-${r}`;
        sheet.getCell(`B${r}`).value = r;
        sheet.getCell(`C${r}`).value = 10;
        // A forged result: it is what Excel would show, and it is what is read.
        sheet.getCell(`D${r}`).value =
          r === 2 ? { formula: 'B2*C2', result: 999 } : { sharedFormula: 'D2', result: r * 10 };
      }
    });
    const table = await readXlsx(bytes);
    expect(table.formulaCells).toBe(12);
    expect(table.rows[0]?.cells[3]).toBe(999);
    const plain = await workbookBytes((workbook) => {
      workbook.addWorksheet('Orders').addRows([
        ['Order', 'Qty'],
        ['P-1', 2],
      ]);
    });
    expect((await readXlsx(plain)).formulaCells).toBe(0);
  });

  it('reads a named worksheet', async () => {
    await expect(readXlsx(fixture('orders.xlsx'), { sheet: 'Other' })).rejects.toMatchObject({
      code: 'empty',
      details: { sheet: 'Other', headerOnly: true },
    });
  });

  it('says which sheets exist when the named one does not', async () => {
    const error = await errorOf(() => readXlsx(fixture('orders.xlsx'), { sheet: 'Nope' }));
    expect(error.code).toBe('sheet_not_found');
    expect(error.details).toEqual({ sheet: 'Nope', sheets: ['订单明细', 'Other'] });
  });

  it('skips a hidden first sheet, finds the header below a title row, repeats merged cells', async () => {
    const bytes = await workbookBytes((workbook) => {
      const hidden = workbook.addWorksheet('Lookup', { state: 'hidden' });
      hidden.addRow(['codes']);
      const sheet = workbook.addWorksheet('Export');
      sheet.getCell('A2').value = 'Order ID';
      sheet.getCell('B2').value = 'Qty';
      sheet.getCell('A3').value = 'M-1';
      sheet.getCell('B3').value = 1;
      sheet.getCell('B4').value = 2;
      sheet.mergeCells('A3:A4');
    });
    const table = await readXlsx(bytes);
    expect(table.sheetName).toBe('Export');
    expect(table.headerRow).toBe(2);
    expect(table.rows).toEqual([
      { row: 3, cells: ['M-1', 1] },
      { row: 4, cells: ['M-1', 2] },
    ]);
  });

  it('refuses a zip that is not a workbook', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await errorOf(() => readXlsx(bytes))).code).toBe('xlsx_unreadable');
  });

  it('refuses a workbook whose sheet is empty', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Blank'));
    expect((await errorOf(() => readXlsx(bytes))).code).toBe('empty');
  });
});

describe('cell values', () => {
  it('turns every exceljs value kind into text or a number', () => {
    expect(cellValueToCell(null)).toBe('');
    expect(cellValueToCell(undefined)).toBe('');
    expect(cellValueToCell(12.5)).toBe(12.5);
    expect(cellValueToCell('x')).toBe('x');
    expect(cellValueToCell(true)).toBe('TRUE');
    expect(cellValueToCell(new Date(Date.UTC(2026, 10, 28)))).toBe('2026-11-28');
    expect(cellValueToCell({ richText: [{ text: '北京' }, { text: '华联' }] })).toBe('北京华联');
    expect(cellValueToCell({ formula: 'A1*2', result: 42 })).toBe(42);
    expect(cellValueToCell({ formula: 'A1*2' })).toBe('');
    expect(isFormulaValue({ formula: 'A1*2', result: 42 } as ExcelJS.CellValue)).toBe(true);
    expect(isFormulaValue({ sharedFormula: 'A1', result: 42 } as ExcelJS.CellValue)).toBe(true);
    expect(isFormulaValue(42)).toBe(false);
    expect(isFormulaValue(null)).toBe(false);
    expect(isFormulaValue({ richText: [{ text: 'x' }] })).toBe(false);
    expect(cellValueToCell({ sharedFormula: 'A1', result: 'ok' })).toBe('ok');
    expect(cellValueToCell({ formula: 'TODAY()', result: 46354 }, 'yyyy/m/d')).toBe('2026-11-28');
    expect(cellValueToCell({ error: '#N/A' })).toBe('#N/A');
    expect(cellValueToCell({ text: '官网', hyperlink: 'https://example.com' })).toBe('官网');
    expect(cellValueToCell(46354, 'yyyy"年"m"月"d"日"')).toBe('2026-11-28');
    expect(cellValueToCell(0.13, '0.00%')).toBe('13%');
    expect(cellValueToCell(0.135, '0.0%')).toBe('13.5%');
  });

  it('knows date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('m/d/yy h:mm')).toBe(true);
    expect(isDateFormat('[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('"days" 0')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it('writes dates with a time only when they have one, rounding to the second', () => {
    expect(excelDateText(new Date(Date.UTC(2026, 10, 28, 14, 29, 59, 999)))).toBe('2026-11-28 14:30:00');
    expect(excelDateText(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02');
  });
});
