import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/errors';
import { readImportFile } from '../../../shared/import/read-file';
import { assertImportSize, isRenamedText, sniffFileKind } from '../../../shared/import/sniff';
import { MAX_IMPORT_BYTES } from '../../../shared/import/table';
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

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffFileKind', () => {
  it('knows an .xlsx by its zip signature', () => {
    expect(sniffFileKind('orders.xlsx', fixture('orders.xlsx'))).toBe('xlsx');
    expect(sniffFileKind('no-extension', fixture('orders.xlsx'))).toBe('xlsx');
  });

  it('refuses an Excel 97–2003 .xls with xls_not_supported', () => {
    const error = errorOf(() => sniffFileKind('old.xls', fixture('old.xls')));
    expect(error.code).toBe('xls_not_supported');
    expect(error.details).toEqual({ name: 'old.xls' });
  });

  it('reads text as CSV whatever the name says', () => {
    expect(sniffFileKind('fake.xlsx', fixture('fake.xlsx'))).toBe('csv');
    expect(sniffFileKind('x.csv', fixture('gbk-orders.csv'))).toBe('csv');
    expect(sniffFileKind('x.txt', fixture('utf16le.txt'))).toBe('csv');
    expect(sniffFileKind('empty.csv', fixture('empty.csv'))).toBe('csv');
    expect(isRenamedText('fake.xlsx', 'csv')).toBe(true);
    expect(isRenamedText('real.csv', 'csv')).toBe(false);
  });

  it('calls other binary data and HTML "Excel" exports unknown', () => {
    expect(sniffFileKind('photo.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe(
      'unknown',
    );
    expect(sniffFileKind('a.pdf', new TextEncoder().encode('%PDF-1.7\n\u0001\u0002'))).toBe('unknown');
    expect(
      sniffFileKind('report.xls', new TextEncoder().encode('  <html><table><tr><td>1</td></tr></table>')),
    ).toBe('unknown');
  });

  it('refuses files over the size limit, naming the limit', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    const error = errorOf(() => assertImportSize(MAX_IMPORT_BYTES + 1));
    expect(error.code).toBe('too_large');
    expect(error.details).toEqual({ limit: MAX_IMPORT_BYTES, size: MAX_IMPORT_BYTES + 1 });
    expect(() => assertImportSize(MAX_IMPORT_BYTES)).not.toThrow();
    expect(errorOf(() => sniffFileKind('big.csv', new Uint8Array(MAX_IMPORT_BYTES + 1))).code).toBe(
      'too_large',
    );
  });
});

describe('readImportFile', () => {
  it('reads CSV and XLSX into the same table shape', async () => {
    const csv = await readImportFile('gbk-orders.csv', fixture('gbk-orders.csv'));
    expect(csv).toMatchObject({ kind: 'csv', encoding: 'gb18030', delimiter: ',', renamed: false });
    expect(csv.rows).toHaveLength(4);
    const xlsx = await readImportFile('orders.xlsx', fixture('orders.xlsx'));
    expect(xlsx).toMatchObject({ kind: 'xlsx', sheetName: '订单明细' });
    expect(xlsx.rows).toHaveLength(3);
  });

  it('reads a CSV renamed to .xlsx as CSV and says so', async () => {
    const table = await readImportFile('fake.xlsx', fixture('fake.xlsx'));
    expect(table).toMatchObject({
      kind: 'csv',
      renamed: true,
      headers: ['Order ID', 'Customer', 'Product', 'Qty'],
    });
  });

  it('passes a forced encoding through', async () => {
    await expect(
      readImportFile('g.csv', fixture('gbk-orders.csv'), { encoding: 'utf-8' }),
    ).rejects.toMatchObject({
      code: 'encoding_mismatch',
    });
  });

  it('refuses unknown binary, .xls, mixed encodings, empty files', async () => {
    await expect(readImportFile('p.png', bytes(0x89, 0x50, 0x4e, 0x47, 0, 0))).rejects.toMatchObject({
      code: 'unsupported_file',
    });
    await expect(readImportFile('old.xls', fixture('old.xls'))).rejects.toMatchObject({
      code: 'xls_not_supported',
    });
    await expect(readImportFile('m.csv', fixture('mixed-encoding.csv'))).rejects.toMatchObject({
      code: 'unknown_encoding',
    });
    await expect(readImportFile('e.csv', fixture('empty.csv'))).rejects.toMatchObject({ code: 'empty' });
    await expect(readImportFile('h.csv', fixture('header-only.csv'))).rejects.toMatchObject({
      code: 'empty',
    });
  });
});
