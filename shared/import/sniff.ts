import { ImportError } from './errors';
import { MAX_IMPORT_BYTES } from './table';

// What a chosen file really is, by its first bytes rather than its name: people rename files, and
// "Save as .xls" from old Excel, a PDF or a photo must be refused with a clear reason.

export type FileKind = 'csv' | 'xlsx' | 'unknown';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16Boms = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/** Throws 'too_large' (with the limit in bytes) when a file is over MAX_IMPORT_BYTES. */
export function assertImportSize(byteLength: number, limit = MAX_IMPORT_BYTES): void {
  if (byteLength > limit) throw new ImportError('too_large', { limit, size: byteLength });
}

/** Control bytes other than TAB, LF, FF, CR and ESC do not occur in text files. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b)
      return true;
    if (byte === 0x7f) return true;
  }
  return false;
}

/** HTML or XML saved with a spreadsheet name (many web systems "export to Excel" that way). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 256))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return /^<(?:!doctype|html|table|\?xml|head|body|meta)/.test(head);
}

/** The name says spreadsheet but the content is text: the UI may tell the user it is read as CSV. */
export const isRenamedText = (name: string, kind: FileKind): boolean =>
  kind === 'csv' && /\.(?:xlsx|xlsm|xls)$/i.test(name);

/**
 * 'xlsx' for a zip (an .xlsx is one), 'csv' for anything that looks like text (also a CSV renamed to
 * .xlsx: content decides), 'unknown' for other binary data and for HTML/XML "Excel" exports. Throws 'xls_not_supported' for Excel 97–2003 files and 'too_large' over the limit.
 * The name is only used in the error details: content decides.
 */
export function sniffFileKind(name: string, bytes: Uint8Array): FileKind {
  assertImportSize(bytes.byteLength);
  if (startsWith(bytes, zip)) return 'xlsx';
  if (startsWith(bytes, ole2)) throw new ImportError('xls_not_supported', { name });
  if (utf16Boms.some((bom) => startsWith(bytes, bom))) return 'csv';
  return looksBinary(bytes) || looksLikeMarkup(bytes) ? 'unknown' : 'csv';
}
