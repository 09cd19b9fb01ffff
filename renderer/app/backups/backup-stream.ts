import { errorMessage } from '../../../shared/error-message';
import { tableNames } from '../../../shared/schema/tables';
import { exportPackage } from '../../db/package-export';
import type { DataSession } from '../../db/session';
import type { BackupRequest, DesktopBackups } from '../../platform/types';

// The renderer's half of a desktop backup: main's backup service asks (scheduled, at close, on request),
// this streams a full package of the office to it. Chunks are gathered to about a megabyte so a million
// orders cost a few hundred IPC calls, and each call waits for main to write (backpressure).

const CHUNK_BYTES = 1024 * 1024;

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Writes a package to `sink` (the whole office, or the database as it is before an upgrade). */
export type PackageSource = (sink: (chunk: Uint8Array) => Promise<void>) => Promise<unknown>;

/** The whole office, confidential areas included: a backup must restore everything. */
export const wholeOffice =
  (session: DataSession): PackageSource =>
  (sink) =>
    exportPackage(session, { scope: { kind: 'backup', tables: [...tableNames], confidential: true }, sink });

export async function answerBackupRequest(
  backups: Pick<DesktopBackups, 'chunk' | 'end' | 'fail'>,
  request: BackupRequest,
  source: PackageSource,
): Promise<void> {
  let parts: Uint8Array[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const bytes = concat(parts, size);
    parts = [];
    size = 0;
    await backups.chunk(request.id, bytes);
  };
  try {
    await source(async (chunk) => {
      parts.push(chunk.slice());
      size += chunk.length;
      if (size >= CHUNK_BYTES) await flush();
    });
    await flush();
    await backups.end(request.id);
  } catch (error) {
    // Main gave up (it refuses further chunks) or the export failed: tell it why, once.
    await backups.fail(request.id, errorMessage(error)).catch(() => undefined);
  }
}
