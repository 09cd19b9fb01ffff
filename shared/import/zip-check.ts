import { ImportError } from './errors';
import { MAX_IMPORT_ROWS } from './table';

// An .xlsx is a zip, and exceljs inflates all of it before a single row can be counted: a workbook with
// a 1 GiB entry, or a sheet of a million rows, costs seconds and a gigabyte before any check. So its
// central directory (the zip's table of contents, at the end of the file) is read first, without
// inflating anything, and each worksheet's first bytes are inflated to read the <dimension> it states.
// Declared sizes can lie; what they catch here is every bomb that tells the truth about itself, and
// the row limit still holds when exceljs has read the rows.

/** Most bytes one entry of a workbook may inflate to (a 100,000-row sheet of 50 columns is ~200 MB). */
export const MAX_XLSX_ENTRY_BYTES = 256 * 1024 * 1024;
/** Most bytes a whole workbook may inflate to. */
export const MAX_XLSX_INFLATED_BYTES = 320 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries a zip's central directory declares; null when it is no readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment (up to 64 KiB) follows it.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      // 0xFFFFFFFF: the size is in a ZIP64 extra field, so at least 4 GiB — too large either way.
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The first bytes an entry inflates to (at most `limit`), or null when they cannot be read. */
async function entryStart(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<string | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL) return null;
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method === 0) return new TextDecoder().decode(data.subarray(0, limit));
  if (entry.method !== 8) return null;
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
    }
  } catch {
    return null;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(joined.subarray(0, limit));
}

/** Rows a worksheet's <dimension ref="A1:H5000"/> says it spans; null when it states none. */
export function dimensionRows(sheetStart: string): number | null {
  const ref = /<(?:\w+:)?dimension\s+ref="[A-Z]*(\d+)(?::[A-Z]*(\d+))?"/.exec(sheetStart);
  if (!ref) return null;
  return Number(ref[2] ?? ref[1]) - Number(ref[1]) + 1;
}

/**
 * Refuses, before anything is inflated whole, a workbook whose entries declare more than the bounds
 * ('too_large', with the limit) or whose worksheets state more rows than may be imported ('too_many_rows').
 * A zip it cannot read is left to exceljs, which says why.
 */
export async function checkXlsxZip(bytes: Uint8Array): Promise<void> {
  const entries = zipEntries(bytes);
  if (!entries) return;
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size > MAX_XLSX_ENTRY_BYTES || total > MAX_XLSX_INFLATED_BYTES)
      throw new ImportError('too_large', {
        limit: MAX_XLSX_INFLATED_BYTES,
        size: total,
        unpacked: true,
      });
  }
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const start = await entryStart(bytes, entry, 4096);
    const rows = start === null ? null : dimensionRows(start);
    // One header row above the data rows.
    if (rows !== null && rows > MAX_IMPORT_ROWS + 1)
      throw new ImportError('too_many_rows', { limit: MAX_IMPORT_ROWS });
  }
}
