import {
  applySavedMapping,
  autoMatchColumns,
  type ColumnMapping,
  headerKey,
  mappingToSaved,
  type SavedMapping,
} from '../../shared/import/columns';
import type { SalesDeskDb } from './database';

// The column mapping of "import order lines", remembered per set of headers (meta key
// `importMapping:<signature>`), so the next export from the same system maps itself.

/** Same headers (compared like the matcher does, order ignored) → same signature. */
export function headerSignature(headers: readonly string[]): string {
  const text = [...headers].map(headerKey).sort().join('\u0001');
  // FNV-1a, 32 bits, twice with different seeds: a short key; the headers themselves are matched again on use.
  const hash = (seed: number) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `${headers.length}-${hash(0x811c9dc5)}${hash(0x01000193)}`;
}

const keyOf = (headers: readonly string[]) => `importMapping:${headerSignature(headers)}`;

/** The remembered mapping for these headers, else the automatic one. */
export async function loadImportMapping(
  db: SalesDeskDb,
  headers: readonly string[],
): Promise<{ mapping: ColumnMapping; remembered: boolean }> {
  const row = await db.meta.get(keyOf(headers));
  const saved = row?.value;
  if (saved && typeof saved === 'object') {
    return { mapping: applySavedMapping(headers, saved as SavedMapping), remembered: true };
  }
  return { mapping: autoMatchColumns(headers), remembered: false };
}

export async function rememberImportMapping(
  db: SalesDeskDb,
  headers: readonly string[],
  mapping: ColumnMapping,
): Promise<void> {
  await db.meta.put({ key: keyOf(headers), value: mappingToSaved(headers, mapping) });
}
