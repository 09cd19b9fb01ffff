// A backup counts only once it has been read back. The verifier is injected: in the app it reads the
// package (checksum, parse, record counts); tests pass a simple one. Its verdict is kept in a sidecar
// `<name>.json` beside the backup, so listing the folder never re-reads packages, and a backup without a
// sidecar is known to be unchecked (a crash came between its rename and its sidecar).

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { errorMessage } from '../../shared/error-message';
import { writeFileAtomic } from '../atomic-write';
import { type BackupReason, backupReasons } from './names';

export type VerifyResult =
  | { ok: true; counts: Record<string, number>; sha256: string; createdAt: string }
  | { ok: false; error: string };

export type VerifyBackup = (path: string) => Promise<VerifyResult>;

const sidecarSchema = z.object({
  name: z.string(),
  /** When the backup was taken (ISO). */
  at: z.iso.datetime(),
  reason: z.enum(backupReasons),
  size: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** The package's own checksum, null when it did not verify. */
  sha256: z.string().nullable(),
  /** The package header's creation time, null when it did not verify. */
  createdAt: z.string().nullable(),
  verified: z.boolean(),
  /** When it was checked, whatever the verdict. */
  verifiedAt: z.iso.datetime(),
  /** Why verification failed, null when it passed. */
  error: z.string().nullable(),
});

export type BackupSidecar = z.infer<typeof sidecarSchema>;

export const SIDECAR_SUFFIX = '.json';

export const sidecarName = (backupName: string): string => `${backupName}${SIDECAR_SUFFIX}`;

/** The sidecar of a backup, or undefined when it is missing or unreadable (then the backup is re-checked). */
export async function readSidecar(dir: string, backupName: string): Promise<BackupSidecar | undefined> {
  try {
    const parsed = sidecarSchema.safeParse(
      JSON.parse(await readFile(join(dir, sidecarName(backupName)), 'utf8')),
    );
    // A sidecar copied from another backup must not vouch for this one.
    if (parsed.success && parsed.data.name === backupName) return parsed.data;
  } catch {
    // Missing or damaged: both mean "not known to be verified".
  }
  return undefined;
}

export async function writeSidecar(dir: string, sidecar: BackupSidecar): Promise<void> {
  await writeFileAtomic(
    join(dir, sidecarName(sidecar.name)),
    `${JSON.stringify(sidecarSchema.parse(sidecar), null, 2)}\n`,
  );
}

/**
 * Read the backup back with `verify` and record the verdict in its sidecar. A verifier that throws counts
 * as a failed verification: the backup stays, marked unverified, and never vouches for pruning.
 */
export async function verifyAndRecord(options: {
  dir: string;
  name: string;
  at: Date;
  reason: BackupReason;
  verify: VerifyBackup;
  now: () => Date;
}): Promise<BackupSidecar> {
  const { dir, name, at, reason, verify, now } = options;
  const path = join(dir, name);
  const result = await verify(path).catch(
    (error: unknown): VerifyResult => ({ ok: false, error: errorMessage(error) }),
  );
  const { size } = await stat(path);
  const sidecar: BackupSidecar = result.ok
    ? {
        name,
        at: at.toISOString(),
        reason,
        size,
        counts: result.counts,
        sha256: result.sha256,
        createdAt: result.createdAt,
        verified: true,
        verifiedAt: now().toISOString(),
        error: null,
      }
    : {
        name,
        at: at.toISOString(),
        reason,
        size,
        counts: {},
        sha256: null,
        createdAt: null,
        verified: false,
        verifiedAt: now().toISOString(),
        error: result.error,
      };
  await writeSidecar(dir, sidecar);
  return sidecar;
}
