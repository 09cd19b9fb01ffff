import { ImportError } from './errors';
import { MAX_IMPORT_ROWS } from './table';

// An .xlsx is a zip, and exceljs inflates all of it before a single row can be counted: a workbook with
// a 1 GiB entry, or a sheet of a million rows, costs seconds and a gigabyte before any check. So its
// central directory (the zip's table of contents, at the end of the file) is read first, without
// inflating anything, and each worksheet's first bytes are inflated to read the <dimension> it states;
// then every entry is inflated as a stream and counted (bytes, and a sheet's rows) without being held,
// because declared sizes and dimensions can lie.

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

/** An entry's stored bytes, or null when its local header is not where the directory says. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL) return null;
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** A row's start tag, with or without a namespace prefix (not <rowBreaks>). */
const ROW_TAG = /<(?:\w+:)?row[\s>/]/g;

/**
 * What an entry really inflates to, streamed and let go chunk by chunk: its size, and for a worksheet
 * its rows (`<dimension>` read from its start). Stops as soon as `stop` says so; null when it is stored
 * in a way this check does not read (left to exceljs, which says why). A stream that breaks part-way
 * still answers what it unpacked up to there: junk after a bomb's data must not hide the bomb.
 */
async function scanEntry(
  data: Uint8Array,
  method: number,
  stop: (seen: { bytes: number; rows: number; dimension: number | null }) => boolean,
): Promise<{ bytes: number; rows: number; dimension: number | null } | null> {
  if (method !== 0 && method !== 8) return null;
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  const reader = (
    method === 8 ? stream.pipeThrough(new DecompressionStream('deflate-raw')) : stream
  ).getReader();
  const decoder = new TextDecoder();
  const seen = { bytes: 0, rows: 0, dimension: null as number | null };
  let head = '';
  // The end of the text before, so a tag cut between two chunks is counted once (`<` + a prefix of up to
  // 15 characters + `row` + one more).
  let carry = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return seen;
      seen.bytes += value.length;
      const fresh = decoder.decode(value, { stream: true });
      if (head.length < 4096) {
        head += fresh.slice(0, 4096);
        seen.dimension ??= dimensionRows(head);
      }
      const text = carry + fresh;
      const cut = Math.max(0, text.length - 20);
      for (const match of text.matchAll(ROW_TAG)) if (match.index < cut) seen.rows++;
      carry = text.slice(cut);
      if (stop(seen)) return seen;
    }
  } catch {
    return seen;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/** Rows a worksheet's <dimension ref="A1:H5000"/> says it spans; null when it states none. */
export function dimensionRows(sheetStart: string): number | null {
  const ref = /<(?:\w+:)?dimension\s+ref="[A-Z]*(\d+)(?::[A-Z]*(\d+))?"/.exec(sheetStart);
  if (!ref) return null;
  return Number(ref[2] ?? ref[1]) - Number(ref[1]) + 1;
}

/**
 * Refuses, before exceljs inflates anything whole, a workbook whose entries unpack to more than the
 * bounds ('too_large', with the limit) or whose worksheets hold more rows than may be imported
 * ('too_many_rows'). The declared sizes and the stated <dimension> refuse a bomb that tells the truth
 * about itself without inflating anything; then each entry is inflated as a stream, chunk by chunk and
 * let go, so one that lies is refused as soon as its real bytes or rows pass the bound. A zip it cannot
 * read is left to exceljs, which says why.
 */
export async function checkXlsxZip(bytes: Uint8Array): Promise<void> {
  const entries = zipEntries(bytes);
  if (!entries) return;
  const tooLarge = (size: number) =>
    new ImportError('too_large', { limit: MAX_XLSX_INFLATED_BYTES, size, unpacked: true });
  const tooManyRows = () => new ImportError('too_many_rows', { limit: MAX_IMPORT_ROWS });
  // One header row above the data rows.
  const maxRows = MAX_IMPORT_ROWS + 1;
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size > MAX_XLSX_ENTRY_BYTES || total > MAX_XLSX_INFLATED_BYTES) throw tooLarge(total);
  }
  const sheets = new Set(entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)));
  for (const entry of sheets) {
    const data = entryData(bytes, entry);
    const start = data && (await scanEntry(data, entry.method, (seen) => seen.bytes >= 4096));
    if ((start?.dimension ?? 0) > maxRows) throw tooManyRows();
  }
  let inflated = 0;
  for (const entry of [...sheets, ...entries.filter((e) => !sheets.has(e))]) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    const before = inflated;
    const isSheet = sheets.has(entry);
    const seen = await scanEntry(
      data,
      entry.method,
      (s) =>
        s.bytes > MAX_XLSX_ENTRY_BYTES ||
        before + s.bytes > MAX_XLSX_INFLATED_BYTES ||
        (isSheet && s.rows > maxRows),
    );
    if (!seen) continue;
    inflated += seen.bytes;
    if (seen.bytes > MAX_XLSX_ENTRY_BYTES || inflated > MAX_XLSX_INFLATED_BYTES) throw tooLarge(inflated);
    if (isSheet && seen.rows > maxRows) throw tooManyRows();
  }
}
