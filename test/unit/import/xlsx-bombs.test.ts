import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/errors';
import { readXlsx } from '../../../shared/import/xlsx';
import { dimensionRows, MAX_XLSX_ENTRY_BYTES, zipEntries } from '../../../shared/import/zip-check';

// Workbooks built to exhaust the reader: an entry that unpacks to hundreds of megabytes, a sheet of a
// million rows, rows whose last cell sits in column XFD. Each is written here as Excel would (a zip of
// XML parts), and read through the same reader the import wizard uses. What is measured is memory:
// a refusal must come before the workbook is unpacked whole.

interface Part {
  name: string;
  /** Deflated bytes. */
  data: Uint8Array;
  size: number;
  crc: number;
}

const part = (name: string, text: string): Part => {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};

/** A zip of deflated parts with its central directory, as any zip tool writes it. */
function zip(parts: readonly Part[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(p.crc, 14);
    head.writeUInt32LE(p.data.length, 18);
    head.writeUInt32LE(p.size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, Buffer.from(p.data));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

/** The parts of a one-sheet workbook around a worksheet's XML. */
function workbook(sheetXml: string, extra: Part[] = []): Uint8Array {
  return zip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    part(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    part('xl/worksheets/sheet1.xml', sheetXml),
    ...extra,
  ]);
}

const sheet = (dimension: string, rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`;
const row = (r: number, cells: [string, string | number][]) =>
  `<row r="${r}">${cells
    .map(([ref, v]) =>
      typeof v === 'number'
        ? `<c r="${ref}${r}"><v>${v}</v></c>`
        : `<c r="${ref}${r}" t="inlineStr"><is><t>${v}</t></is></c>`,
    )
    .join('')}</row>`;

/** Deflates `size` zero bytes in chunks, as a zip bomb's entry is made. */
async function zeros(name: string, size: number): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, data: new Uint8Array(Buffer.concat(out)), size, crc };
}

/** Heap and buffers grown while `run` settles (after a collection when the runtime allows one). */
async function memoryOf(run: () => Promise<unknown>): Promise<{ mb: number; outcome: unknown }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, used());
  }, 5);
  let outcome: unknown;
  try {
    outcome = await run();
  } catch (error) {
    outcome = error;
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, used());
  return { mb: (peak - before) / 1024 / 1024, outcome };
}

describe('workbooks built to exhaust the reader', () => {
  const header = row(1, [
    ['A', 'Order ID'],
    ['B', 'Quantity'],
  ]);

  it('reads the zip’s table of contents and a sheet’s stated size without unpacking them', () => {
    const bytes = workbook(
      sheet(
        'A1:B2',
        `${header}${row(2, [
          ['A', 'SO-1'],
          ['B', 3],
        ])}`,
      ),
    );
    expect(zipEntries(bytes)?.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(dimensionRows('<dimension ref="A1:XFD1048576"/>')).toBe(1_048_576);
    expect(dimensionRows('<dimension ref="A1"/>')).toBe(1);
    expect(dimensionRows('<sheetData>')).toBeNull();
  });

  it('refuses an entry that unpacks to more than the bound, before unpacking it', async () => {
    const bomb = await zeros('xl/media/image1.bin', MAX_XLSX_ENTRY_BYTES + 64 * 1024 * 1024);
    const bytes = workbook(
      sheet(
        'A1:B2',
        `${header}${row(2, [
          ['A', 'SO-1'],
          ['B', 3],
        ])}`,
      ),
      [bomb],
    );
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const { mb, outcome } = await memoryOf(() => readXlsx(bytes));
    expect(outcome).toBeInstanceOf(ImportError);
    expect(outcome).toMatchObject({ code: 'too_large', details: { unpacked: true } });
    expect(mb).toBeLessThan(200);
  });

  it('refuses a sheet of a million rows from its stated size, before reading a row', async () => {
    const rows: string[] = [header];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="B${r}"><v>1</v></c></row>`);
    const bytes = workbook(sheet('A1:B1048576', rows.join('')));
    rows.length = 0;
    const { mb, outcome } = await memoryOf(() => readXlsx(bytes));
    expect(outcome).toMatchObject({ code: 'too_many_rows', details: { limit: 100_000 } });
    expect(mb).toBeLessThan(200);
  });

  it('refuses them as well when the zip and the sheet lie about their size, counting as it unpacks', async () => {
    // An entry declared 1 KiB that unpacks to more than the bound.
    const bomb = {
      ...(await zeros('xl/media/image1.bin', MAX_XLSX_ENTRY_BYTES + 64 * 1024 * 1024)),
      size: 1024,
    };
    const small = sheet(
      'A1:B2',
      `${header}${row(2, [
        ['A', 'SO-1'],
        ['B', 3],
      ])}`,
    );
    const lyingZip = await memoryOf(() => readXlsx(workbook(small, [bomb])));
    expect(lyingZip.outcome).toMatchObject({ code: 'too_large', details: { unpacked: true } });
    expect(lyingZip.mb).toBeLessThan(200);
    // A million rows under a dimension that says two, and under none at all.
    const rows: string[] = [header];
    for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="B${r}"><v>1</v></c></row>`);
    const body = rows.join('');
    rows.length = 0;
    for (const xml of [sheet('A1:B2', body), sheet('A1', body).replace('<dimension ref="A1"/>', '')]) {
      const { mb, outcome } = await memoryOf(() => readXlsx(workbook(xml)));
      expect(outcome).toMatchObject({ code: 'too_many_rows', details: { limit: 100_000 } });
      expect(mb).toBeLessThan(200);
    }
  });

  it('reads rows whose last cell is in column XFD without making each 16,384 cells wide', async () => {
    const rows = [
      row(1, [
        ['A', 'Order ID'],
        ['B', 'Quantity'],
        ['XFD', 'stray'],
      ]),
    ];
    for (let r = 2; r <= 3_001; r++)
      rows.push(
        row(r, [
          ['A', `SO-${r}`],
          ['B', r % 7],
          ['XFD', 'x'],
        ]),
      );
    const bytes = workbook(sheet('A1:XFD3001', rows.join('')));
    const { mb, outcome } = await memoryOf(() => readXlsx(bytes));
    expect(outcome).toMatchObject({ headers: ['Order ID', 'Quantity'] });
    const table = outcome as Awaited<ReturnType<typeof readXlsx>>;
    expect(table.rows).toHaveLength(3_000);
    expect(table.rows[0]?.cells).toEqual(['SO-2', 2]);
    expect(mb).toBeLessThan(200);
  });
});
