import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoMatchColumns } from '../../../shared/import/columns';
import { parseCsv } from '../../../shared/import/csv';
import { neutraliseCell, unneutraliseCell } from '../../../shared/import/csv-safety';
import { decodeText } from '../../../shared/import/decode';
import { planOrderLinesImport } from '../../../shared/import/plan';
import { readImportFile } from '../../../shared/import/read-file';
import { buildRejectsCsv, rejectsCsvBytes } from '../../../shared/import/rejects-csv';
import { cellText } from '../../../shared/import/values';
import { fixture } from './fixtures';
import { planInput } from './plan-helpers';

describe('neutraliseCell', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ['', 'plain', '1=1', "'=already", ' =spaced']) expect(neutraliseCell(cell)).toBe(cell);
  });

  // Neutralising is idempotent ("'=already" is left as it is, so layered writers never quote twice), so
  // the one text it cannot give back is a quote typed before a formula character: "'=x" reads back "=x".
  const quotedFormula = /^'[=+\-@\t\r]/;

  it('is undone by unneutraliseCell, for any text but a quote typed before a formula character', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !quotedFormula.test(text)),
        (text) => {
          expect(unneutraliseCell(neutraliseCell(text))).toBe(text);
        },
      ),
    );
    expect(unneutraliseCell(neutraliseCell("'=x"))).toBe('=x');
  });
});

describe('buildRejectsCsv', () => {
  async function errorsPlan() {
    const table = await readImportFile('errors.csv', fixture('errors.csv'));
    const plan = planOrderLinesImport(
      planInput(
        table.headers,
        table.rows.map((r) => r.cells),
      ),
    );
    return { table, plan };
  }

  it('writes the refused rows with their original cells, row numbers and reasons, with a UTF-8 BOM', async () => {
    const { table, plan } = await errorsPlan();
    const csv = buildRejectsCsv(table, plan.rejected);
    const bytes = rejectsCsvBytes(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF订单号,客户名称,产品名称,数量,单价,订单日期,行号,原因');

    const back = parseCsv(decodeText(bytes).text);
    expect(back.headers).toEqual([...table.headers, '行号', '原因']);
    const rejectedRows = [...new Set(plan.rejected.map((r) => r.row))];
    expect(back.rows.map((r) => Number(r.cells[6]))).toEqual(rejectedRows);
    for (const row of back.rows) {
      const original = table.rows.find((r) => r.row === Number(row.cells[6]));
      expect(row.cells.slice(0, 6).map(cellText)).toEqual(original?.cells.map(cellText));
    }
    expect(back.rows[0]?.cells[7]).toBe('数量: not_a_number');
    expect(back.rows.find((r) => r.cells[6] === '8')?.cells[7]).toBe('数量: not_positive');
  });

  it('neutralises formula-looking cells', async () => {
    const { table, plan } = await errorsPlan();
    const csv = buildRejectsCsv(table, plan.rejected);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('can be fixed and imported again: same columns, cells read back as written', async () => {
    const { table, plan } = await errorsPlan();
    const back = parseCsv(decodeText(rejectsCsvBytes(buildRejectsCsv(table, plan.rejected))).text);
    expect(autoMatchColumns(back.headers)).toEqual(autoMatchColumns(table.headers));
    const again = planOrderLinesImport(
      planInput(
        back.headers,
        back.rows.map((r) => r.cells),
      ),
    );
    expect(again.stats.rows).toBe(new Set(plan.rejected.map((r) => r.row)).size);
    expect(again.orders).toEqual([]);
  });

  it('uses English titles and the caller’s wording when asked', () => {
    const table = { headers: ['Order', 'Qty'], rows: [{ row: 2, cells: ['-1', 0] }] };
    const csv = buildRejectsCsv(
      table,
      [
        { row: 2, column: 'Qty', field: 'quantity', reason: 'not_positive', value: '0' },
        { row: 2, column: 'Qty', field: 'quantity', reason: 'not_positive', value: '0' },
        { row: 2, column: 'Order', field: 'orderNumber', reason: 'order_exists', value: '-1' },
      ],
      { language: 'en', describe: (r) => `${r.field} is ${r.reason}` },
    );
    expect(csv).toBe(
      "\uFEFFOrder,Qty,row,reason\r\n'-1,0,2,quantity is not_positive; orderNumber is order_exists\r\n",
    );
  });

  it('quotes cells with delimiters, quotes and line breaks', () => {
    const table = { headers: ['a', 'b'], rows: [{ row: 2, cells: ['x, "y"', 'line\nbreak'] }] };
    const csv = buildRejectsCsv(table, [
      { row: 2, column: 'a', field: 'notes', reason: 'too_long', value: '' },
    ]);
    const back = parseCsv(csv);
    expect(back.rows[0]?.cells.slice(0, 2)).toEqual(['x, "y"', 'line\nbreak']);
  });
});
