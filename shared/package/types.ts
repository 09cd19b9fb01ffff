import type { TableName } from '../schema/tables';

// The package file: how SalesDesk machines hand data to each other and how backups are kept.
//
// Layout of a `.sdpkg` file:
//   line 1  the header, UTF-8 JSON (PackageHeader), ended by "\n". Everything needed to start reading.
//   rest    the body: gzip of NDJSON content lines. Encrypted packages wrap that gzip stream in
//           AES-256-GCM segments (see crypto notes below).
// Content lines (NDJSON, one JSON object per line):
//   {"t":"<table>","r":{...record...}}        one per record, any table order
//   {"known":{"<table>:<device>":"<rev>",…}}    exactly once, just before the trailer (known-vector.ts)
//   {"end":{"counts":{…},"sha256":"…"}}         exactly once, last
// A record holds its table's stored fields; keys derived on every write (the orders' queue keys) may be
// left out and are dropped on reading (record-schemas.ts). Limits on lines, strings and arrays: limits.ts.
// The trailer's sha256 covers the header line's bytes (including its "\n") followed by every content
// line before the trailer (each including its "\n"), the `known` line too: an edited header, body or
// vector fails the check.
// Format version 1 carried `known` inside the trailer, outside the checksum. Such files (old backups) are
// still read, records and checksum checked as before, but their unchecked vector is dropped (read as {}). It is a
// hash list over 1 MiB blocks of those bytes: SHA-256 of the blocks' SHA-256 digests (content-hash.ts).
//
// Encryption (header.encryption not null): key = PBKDF2-SHA256(passphrase as UTF-8 of its Unicode NFC
// form, salt, iterations ≥ 600,000) → AES-256-GCM. The gzip stream is cut into plaintext segments of
// `segmentSize` bytes (the last may be shorter, or empty); each segment is written as a 4-byte big-endian
// ciphertext length + ciphertext (with its 16-byte tag). Nonce = noncePrefix (8 random bytes) ‖ segment
// index (4 bytes, big-endian). Associated data = SHA-256(header line bytes) ‖ segment index (4 bytes BE) ‖
// final flag (1 byte: 1 on the last segment, else 0); a segment is the last when nothing follows it in the
// file. A truncated file, reordered segments, flipped bits, an edited header or a wrong passphrase all fail
// authentication before any record of the damaged segment is returned.

export const PACKAGE_FORMAT = 'salesdesk-package';
export const PACKAGE_FORMAT_VERSION = 2;
/** Versions this app reads: 1 without its `known` vector (see above). */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, PACKAGE_FORMAT_VERSION];
/** The file extension (without the dot); the desktop app registers it (electron-builder.yml). */
export const PACKAGE_EXTENSION = 'sdpkg';
export const PBKDF2_MIN_ITERATIONS = 600_000;

export interface PackageSource {
  deviceId: string;
  machineName: string;
  orderPrefix: string;
}

export const packageScopeKinds = [
  'full',
  'partial',
  'incremental',
  'backup',
  'feedback-request',
  'feedback-response',
] as const;
export type PackageScopeKind = (typeof packageScopeKinds)[number];
/** Scope kinds of a feedback file: one record for the Reviews page, not office data to merge. */
export const feedbackScopeKinds: readonly PackageScopeKind[] = ['feedback-request', 'feedback-response'];

export interface PackageScope {
  /**
   * full: the whole office (or the chosen areas); partial: chosen people and/or a date range;
   * incremental: only what `target` has not seen; backup: a full copy written by the backup service.
   * feedback-request: one feedback request for its reviewer (unencrypted, nothing else of the office);
   * feedback-response: the reviewer's answer to `requestId`, encrypted with the request's secret. These
   * two are opened on the Reviews page, never imported as a package.
   */
  kind: PackageScopeKind;
  /** The tables the package holds records of. */
  tables: TableName[];
  /** Confidential areas (reviews, feedback, personal notes) were ticked explicitly. */
  confidential: boolean;
  /** partial: only records of these people (staff ids) where a table has a person. */
  staffIds?: string[];
  /** partial: orders (and their events) ordered on these local dates, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** incremental: the machine the package is for, and per device the newest rev it already has. */
  target?: string;
  since?: Record<string, string>;
  /** feedback-request / feedback-response: the request the file is (or answers). */
  requestId?: string;
}

export interface PackageEncryption {
  cipher: 'AES-256-GCM';
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64, 16 random bytes. */
  salt: string;
  /** base64, 8 random bytes. */
  noncePrefix: string;
  /** Plaintext bytes per segment. */
  segmentSize: number;
}

export interface PackageHeader {
  format: typeof PACKAGE_FORMAT;
  formatVersion: number;
  /** The Dexie schema version of the writer (renderer/db/schema-versions.ts). */
  schemaVersion: number;
  source: PackageSource;
  /** ISO time the package was written. */
  createdAt: string;
  scope: PackageScope;
  compression: 'gzip';
  encryption: PackageEncryption | null;
}

export interface PackageTrailer {
  /** Records per table in this package (every table of scope.tables, 0 when none). */
  counts: Partial<Record<TableName, number>>;
  /** Lower-case hex SHA-256, see above. */
  sha256: string;
  /**
   * What the writer says it holds, per `<table>:<deviceId>` (shared/merge/known.ts), from the `known`
   * line; {} for a version 1 file. A claim the receiver weighs, never takes as its own knowledge.
   */
  known: Record<string, string>;
}
