import { ImportError } from './errors';

// Bytes → text for CSV files. What Excel and the CRMs actually write:
// - Excel "CSV UTF-8" and most web exports: UTF-8 with a BOM;
// - Excel "Unicode text": UTF-16 LE with a BOM (tab-separated);
// - Chinese Excel "CSV (逗号分隔)": GBK, which GB18030 is a superset of;
// - tools on Mac/Linux: UTF-8 without a BOM.
// GB18030 decodes almost any byte string, so UTF-8 is tried first and a file that is valid UTF-8 in
// some places and not in others is refused as "mixed" rather than turned into mojibake.

export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TextEncoding = (typeof textEncodings)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
}

export interface DecodeOptions {
  /** Skip detection and decode strictly as this encoding (a leading BOM of it is dropped). */
  encoding?: TextEncoding;
}

const boms: readonly { encoding: TextEncoding; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  for (const bom of boms) {
    if (bom.bytes.every((byte, i) => bytes[i] === byte))
      return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** Strict decode; null when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** A run of bytes decodes as GB2312 pairs (both bytes 0xA1–0xFE): what common Chinese GBK text looks like. */
function isGb2312Pairs(bytes: Uint8Array, start: number, end: number): boolean {
  if ((end - start) % 2 !== 0) return false;
  for (let i = start; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0xa1 || b > 0xfe) return false;
  }
  return true;
}

/**
 * True when some runs of non-ASCII bytes are certainly UTF-8 (valid, with a 3- or 4-byte character,
 * and not plausible GBK) while others are not valid UTF-8 at all. Only called on bytes that failed as
 * UTF-8 as a whole.
 */
export function looksMixed(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const start = i;
    while (i < bytes.length && (bytes[i] ?? 0) >= 0x80) i++;
    let valid = true;
    let wide = false;
    for (let j = start; j < i; ) {
      const length = utf8SequenceLength(bytes, j);
      if (length === 0 || j + length > i) {
        valid = false;
        break;
      }
      if (length >= 3) wide = true;
      j += length;
    }
    if (valid && wide && !isGb2312Pairs(bytes, start, i)) return true;
  }
  return false;
}

/** NUL bytes never occur in 8-bit text; they mean UTF-16 without a BOM or a binary file. */
const hasNul = (text: string) => text.includes('\u0000');

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const bom = bomOf(bytes);
  if (options.encoding) {
    const encoding = options.encoding;
    const skip = bom && bom.encoding === encoding ? bom.length : 0;
    const text = tryDecode(bytes.subarray(skip), encoding);
    if (text === null) throw new ImportError('encoding_mismatch', { encoding });
    return { text, encoding, bom: skip > 0 };
  }
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.length), bom.encoding);
    if (text === null) throw new ImportError('unknown_encoding', { bom: bom.encoding });
    return { text, encoding: bom.encoding, bom: true };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    if (hasNul(utf8)) throw new ImportError('unknown_encoding', { nul: true });
    return { text: utf8, encoding: 'utf-8', bom: false };
  }
  if (looksMixed(bytes)) throw new ImportError('unknown_encoding', { mixed: true });
  const gb = tryDecode(bytes, 'gb18030');
  if (gb === null || hasNul(gb)) throw new ImportError('unknown_encoding');
  return { text: gb, encoding: 'gb18030', bom: false };
}
