// The verifier the app uses: read the backup back through the package reader, which checks the header,
// every record, the counts against the trailer and the SHA-256, and throws at the first problem. The
// reader is passed in (shared/package's readPackage with the app's schema version), so this folder does
// not depend on the package code and its tests need no real package.

import { createReadStream } from 'node:fs';
import { errorMessage } from '../../shared/error-message';
import type { VerifyBackup } from './verify';

/** What verifying needs of shared/package's readPackage; it throws when the package is not sound. */
export type ReadBackupPackage = (bytes: AsyncIterable<Uint8Array>) => Promise<{
  header: { createdAt: string; scope: { kind: string } };
  trailer: { counts: Partial<Record<string, number>>; sha256: string };
}>;

export function createPackageVerifier(read: ReadBackupPackage): VerifyBackup {
  return async (path) => {
    const stream = createReadStream(path);
    try {
      const { header, trailer } = await read(stream);
      // A sound package of another kind (say, a partial export) would restore only part of the office.
      if (header.scope.kind !== 'backup')
        return { ok: false, error: `not a backup (scope ${header.scope.kind})` };
      const counts: Record<string, number> = {};
      for (const [table, count] of Object.entries(trailer.counts))
        if (count !== undefined) counts[table] = count;
      return { ok: true, counts, sha256: trailer.sha256, createdAt: header.createdAt };
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    } finally {
      stream.destroy();
    }
  };
}
