import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Cell, DataRow } from '../../../shared/import/table';

const dir = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** Bytes of a file in test/fixtures/import. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(dir + name));

/** Rows numbered from 2 (row 1 is the header), as a reader would give them. */
export const rowsOf = (cells: readonly (readonly Cell[])[]): DataRow[] =>
  cells.map((row, i) => ({ row: i + 2, cells: [...row] }));

/** UTF-16 BE bytes (Node has no encoder for it). */
export function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = new Uint8Array(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

export const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
