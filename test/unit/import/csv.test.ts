import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/import/csv';
import { decodeText } from '../../../shared/import/decode';
import { ImportError } from '../../../shared/import/errors';
import { fixture } from './fixtures';

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseCsv', () => {
  it('reads a comma file with header row 1 and data from row 2', () => {
    const table = parseCsv(decodeText(fixture('gbk-orders.csv')).text);
    expect(table.delimiter).toBe(',');
    expect(table.headerRow).toBe(1);
    expect(table.headers).toEqual(['订单号', '客户名称', '产品名称', '数量', '单价', '金额', '订单日期']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(table.rows[2]?.cells).toEqual([
      'SO-2026-001',
      '北京华联商贸有限公司',
      '订书机',
      '2',
      '1,080.00',
      '2,160.00',
      '2026/11/28',
    ]);
  });

  it('guesses semicolons, keeping a quoted semicolon in its field', () => {
    const table = parseCsv(decodeText(fixture('semicolon.csv')).text);
    expect(table.delimiter).toBe(';');
    expect(table.headers).toHaveLength(6);
    expect(table.rows[0]?.cells).toEqual(['EU-1', 'Müller GmbH', 'Paper; A4', '5', '4.20', '28/11/2026']);
  });

  it('guesses tabs', () => {
    const table = parseCsv('订单号\t客户\t数量\nA-1\t甲, 乙\t3\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]?.cells).toEqual(['A-1', '甲, 乙', '3']);
  });

  it('keeps a quoted field with a line break as one row, numbered like Excel', () => {
    const table = parseCsv(decodeText(fixture('zoho-utf8-bom.csv')).text);
    expect(table.headers[0]).toBe('Sales Order Number');
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(table.rows[0]?.cells[7]).toBe('Deliver to dock 3, ring first');
    expect(table.rows[1]?.cells[7]).toBe('Second line,\nsame order');
    expect(table.rows[2]?.cells[1]).toBe('Globex 深圳分公司');
  });

  it('unescapes doubled quotes', () => {
    const table = parseCsv('a,b\n"say ""hi""",2\n');
    expect(table.rows[0]?.cells).toEqual(['say "hi"', '2']);
  });

  it('counts blank lines in row numbers but drops blank rows', () => {
    const table = parseCsv('\n\nh1,h2\n1,2\n\n,\n3,4\n');
    expect(table.headerRow).toBe(3);
    expect(table.rows).toEqual([
      { row: 4, cells: ['1', '2'] },
      { row: 7, cells: ['3', '4'] },
    ]);
  });

  it('pads short rows and warns about cells past the last header', () => {
    const table = parseCsv('a,b,c\n1\n1,2,3,4\n1,2,3,\n');
    expect(table.rows[0]?.cells).toEqual(['1', '', '']);
    expect(table.rows[1]?.cells).toEqual(['1', '2', '3']);
    expect(table.rows[2]?.cells).toEqual(['1', '2', '3']);
    expect(table.warnings).toEqual([{ row: 3, code: 'extra_cells' }]);
  });

  it('drops empty trailing header cells', () => {
    expect(parseCsv('a,b,,\n1,2,,\n').headers).toEqual(['a', 'b']);
  });

  it('honours an Excel sep= line and counts it as row 1', () => {
    const table = parseCsv('sep=;\na;b\n1,5;2\n');
    expect(table.delimiter).toBe(';');
    expect(table.headerRow).toBe(2);
    expect(table.rows).toEqual([{ row: 3, cells: ['1,5', '2'] }]);
  });

  it('takes a forced delimiter', () => {
    expect(parseCsv('a;b,c\n1;2,3\n', { delimiter: ',' }).headers).toEqual(['a;b', 'c']);
  });

  it('strips a stray BOM character from the header', () => {
    expect(parseCsv('\uFEFF订单号,数量\nA,1').headers).toEqual(['订单号', '数量']);
  });

  it('refuses an empty file and a header-only file with "empty"', () => {
    expect(errorOf(() => parseCsv('')).code).toBe('empty');
    expect(errorOf(() => parseCsv('\r\n \r\n,,\r\n')).code).toBe('empty');
    const headerOnly = errorOf(() => parseCsv(decodeText(fixture('header-only.csv')).text));
    expect(headerOnly.code).toBe('empty');
    expect(headerOnly.details).toEqual({ headerOnly: true });
  });

  it('refuses an unclosed quote, naming the row where it starts', () => {
    const error = errorOf(() => parseCsv('a,b\n1,2\n3,"never closed\n4,5\n'));
    expect(error.code).toBe('csv_unclosed_quote');
    expect(error.details).toEqual({ row: 3 });
  });
});
