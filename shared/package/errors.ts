// Why a package was refused. The reader stops at the first problem and throws a PackageError whose code
// the UI translates and whose details say where: `line` (1 = the header), `table`, `id`, `field` and what
// the code needs besides. Messages are English, for logs only.

export const packageErrorCodes = [
  /** The file has no bytes. */
  'empty',
  /** The file ends early: in the header, mid-segment, mid-gzip (details.where). */
  'truncated',
  /** Not a SalesDesk package at all: a CSV, an image, random bytes, some other JSON (details.format). */
  'not_a_package',
  /** A format version this app does not read (details.formatVersion). */
  'format_version',
  /** Written by a newer app: its schema version is past this app's (details.schemaVersion, details.max). */
  'schema_newer',
  /** The header is not valid JSON or misses / mistypes a field (details.field, details.issue). */
  'header_invalid',
  /** The package is encrypted and no passphrase was given. */
  'passphrase_required',
  /** The first encrypted segment does not open: the passphrase (or the header) is wrong. */
  'wrong_passphrase',
  /** A later segment does not open, segments are out of order or data follows the last (details.segment). */
  'tampered',
  /** The compressed body cannot be decompressed (an unencrypted file was damaged). */
  'corrupt',
  /** The content's SHA-256 is not the trailer's (details.expected, details.actual). */
  'checksum',
  /** A table's record count is not the trailer's (details.table, details.expected, details.actual). */
  'counts',
  /** `__proto__`, `constructor` or `prototype` used as a key (details.line, details.key). */
  'forbidden_key',
  /** A line longer than the limit (details.line, details.limit in bytes). */
  'line_too_long',
  /** A string longer than the limit (details.line, details.key, details.limit in characters). */
  'string_too_long',
  /** An array longer than the limit (details.line, details.key, details.limit in items). */
  'array_too_long',
  /** A line is not JSON, or not UTF-8 (details.line, details.issue). */
  'invalid_json',
  /** A line is JSON but neither a record nor the trailer, or the trailer is missing / not last (details.reason). */
  'invalid_line',
  /** The trailer's fields are wrong (details.line, details.field, details.issue). */
  'trailer_invalid',
  /**
   * The writer's `known` vector is not acceptable (details.line, details.issue: not_an_object, too_many
   * (details.entries, details.limit), or for details.key: key, rev, device, date, future).
   */
  'known_invalid',
  /** A record of a table this app does not know (details.table). */
  'unknown_table',
  /** A record of a table the header's scope does not list (details.table). */
  'table_not_in_scope',
  /** A record fails its table's schema (details.table, details.id, details.field, details.issue). */
  'invalid_record',
  /** Two records of one table share an id (details.table, details.id). */
  'duplicate_id',
  /** A record refers to one that is neither in the package nor on this machine (details.refTable, details.refId). */
  'missing_reference',
  /** A date before 2000-01-01 or after 2100-12-31 (details.table, details.id, details.field, details.value). */
  'date_out_of_range',
  /**
   * Records stamped beyond the skew bound ahead of this machine's clock (details.records, details.aheadHours,
   * details.skewHours; the first one's line, table, id and field). The whole package is refused.
   */
  'revs_in_future',
  /** The header's createdAt is beyond the skew bound (details.value, details.aheadHours, details.skewHours). */
  'created_in_future',
  /** The package claims to come from this machine (details.deviceId): refused except as a restore. */
  'own_device',
  /**
   * An order's subtotal, tax or total is not what its lines add up to (details.table, details.id,
   * details.number, details.field, details.stated, details.computed in minor units).
   */
  'order_totals',
  /** The file is over the size limit (details.limit in bytes). */
  'too_large',
  /**
   * The compressed content unpacks to far more than a package of its size holds (details.inflated,
   * details.compressed, in bytes): a gzip bomb, or damage. Checked while unpacking, before it is held.
   */
  'unpacks_too_large',
  /** The file read again to apply it is not the one previewed (its checksum differs): preview it again. */
  'changed_since_preview',
  /**
   * A feedback request or answer file (details.kind), offered to the package import: it is opened on the
   * Reviews page instead.
   */
  'feedback_file',
  /** The caller's signal was aborted. */
  'aborted',
] as const;

export type PackageErrorCode = (typeof packageErrorCodes)[number];

export type PackageErrorDetails = Readonly<Record<string, unknown>>;

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    readonly details: PackageErrorDetails = {},
  ) {
    const extra = Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : '';
    super(`package: ${code}${extra}`);
    this.name = 'PackageError';
  }
}

export const isPackageError = (error: unknown, code?: PackageErrorCode): error is PackageError =>
  error instanceof PackageError && (code === undefined || error.code === code);
