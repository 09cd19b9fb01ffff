import { z } from 'zod';
import { deviceIdSchema, idSchema, isoDate, isoDateTime, nameText, revSchema } from '../schema/envelope';
import { type TableName, tableNames } from '../schema/tables';
import { decodeBase64 } from './base64';
import { PackageError } from './errors';
import { parseGuardedJson } from './json-guard';
import { defaultPackageLimits, type PackageLimits } from './limits';
import { checkHeaderForReceiver, type Receiver } from './receiver';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageHeader,
  type PackageScopeKind,
  packageScopeKinds,
  READABLE_FORMAT_VERSIONS,
} from './types';

// Line 1 of a package: what it is, who wrote it, what it holds and how to open it. It is read on its own
// before the body (readPackageHeader), so the UI can ask for a passphrase or say "update the app" first.

const base64Of = (bytes: number) =>
  z.string().refine((value) => decodeBase64(value)?.length === bytes, `must be base64 of ${bytes} bytes`);

/** The one table a feedback file holds. */
const feedbackTables: Partial<Record<PackageScopeKind, TableName>> = {
  'feedback-request': 'feedbackRequests',
  'feedback-response': 'feedbackResponses',
};

export const headerSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(READABLE_FORMAT_VERSIONS as number[]),
  schemaVersion: z.number().int().positive(),
  source: z.object({
    deviceId: deviceIdSchema,
    machineName: nameText(120),
    orderPrefix: z.string().min(1).max(20),
  }),
  createdAt: isoDateTime,
  scope: z
    .object({
      kind: z.enum(packageScopeKinds),
      tables: z
        .array(z.enum(tableNames as [TableName, ...TableName[]]))
        .refine((tables) => new Set(tables).size === tables.length, 'must not repeat a table'),
      confidential: z.boolean(),
      staffIds: z.array(idSchema).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      target: deviceIdSchema.optional(),
      since: z.record(deviceIdSchema, revSchema).optional(),
      requestId: idSchema.optional(),
    })
    .superRefine((scope, ctx) => {
      // A feedback file holds its one table, about one request; no other package names a request.
      const table = feedbackTables[scope.kind];
      const ok = table
        ? scope.requestId !== undefined && scope.tables.length === 1 && scope.tables[0] === table
        : scope.requestId === undefined;
      if (!ok) ctx.addIssue({ code: 'custom', path: ['requestId'], message: 'does not fit the scope kind' });
    }),
  compression: z.literal('gzip'),
  encryption: z
    .object({
      cipher: z.literal('AES-256-GCM'),
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int().positive(),
      salt: base64Of(16),
      noncePrefix: base64Of(8),
      segmentSize: z.number().int().positive(),
    })
    .nullable(),
});

const encoder = new TextEncoder();
const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;

/** The header line's bytes, "\n" included, as the writer puts them first. */
export function encodeHeaderLine(header: PackageHeader): Uint8Array {
  const checked = headerSchema.safeParse(header);
  if (!checked.success) throw new PackageError('header_invalid', { line: 1, ...firstIssue(checked.error) });
  return encoder.encode(`${JSON.stringify(header)}\n`);
}

export interface HeaderReadOptions {
  /** The newest schema version this app reads; a newer package is refused as schema_newer. */
  maxSchemaVersion?: number;
  limits?: Partial<PackageLimits>;
  /** The machine reading it: the header's time and origin are checked against it (receiver.ts). */
  receiver?: Receiver;
}

/** How the first line ended: at its "\n", at the end of the file, or at the line limit. */
export type FirstLineEnd = 'newline' | 'eof' | 'limit';

/**
 * Parse and check only the header, from the file's first bytes (the whole file will do): enough to know
 * whether it is a package this app reads and whether it needs a passphrase. Throws PackageError.
 */
export function readPackageHeader(firstBytes: Uint8Array, options: HeaderReadOptions = {}): PackageHeader {
  const maxLine = options.limits?.maxLineBytes ?? defaultPackageLimits.maxLineBytes;
  const newline = firstBytes.subarray(0, maxLine + 1).indexOf(NEWLINE);
  if (newline >= 0) return parseHeaderLine(firstBytes.subarray(0, newline), 'newline', options);
  const ended: FirstLineEnd = firstBytes.length > maxLine ? 'limit' : 'eof';
  return parseHeaderLine(firstBytes.subarray(0, maxLine), ended, options);
}

/** Check the first line (without its "\n"); `ended` tells a cut-short header from a complete one. */
export function parseHeaderLine(
  line: Uint8Array,
  ended: FirstLineEnd,
  options: HeaderReadOptions,
): PackageHeader {
  const limits = { ...defaultPackageLimits, ...options.limits };
  if (line.length === 0 && ended === 'eof') throw new PackageError('empty');
  if (line[0] !== OPEN_BRACE) throw new PackageError('not_a_package', { reason: 'not_json' });
  const text = new TextDecoder().decode(line);
  const looksLikePackage = text.includes(`"${PACKAGE_FORMAT}"`);
  if (ended === 'limit') {
    if (looksLikePackage) throw new PackageError('line_too_long', { line: 1, limit: limits.maxLineBytes });
    throw new PackageError('not_a_package', { reason: 'no_header_line' });
  }
  if (ended === 'eof') {
    if (looksLikePackage) throw new PackageError('truncated', { where: 'header', line: 1 });
    throw new PackageError('not_a_package', { reason: 'no_header_line' });
  }
  let value: unknown;
  try {
    value = parseGuardedJson(new TextDecoder('utf-8', { fatal: true }).decode(line), limits, { line: 1 });
  } catch (error) {
    if (error instanceof PackageError && error.code !== 'invalid_json') throw error;
    if (!looksLikePackage) throw new PackageError('not_a_package', { reason: 'not_json' });
    const issue = error instanceof PackageError ? error.details.issue : String(error);
    throw new PackageError('header_invalid', { line: 1, field: '', issue });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new PackageError('not_a_package', { reason: 'not_an_object' });
  const fields = value as Record<string, unknown>;
  if (fields.format !== PACKAGE_FORMAT)
    throw new PackageError('not_a_package', { reason: 'format', format: String(fields.format).slice(0, 60) });
  if (
    fields.formatVersion !== undefined &&
    !READABLE_FORMAT_VERSIONS.includes(fields.formatVersion as number)
  )
    throw new PackageError('format_version', {
      line: 1,
      formatVersion: fields.formatVersion,
      supported: PACKAGE_FORMAT_VERSION,
    });
  const { schemaVersion } = fields;
  if (
    options.maxSchemaVersion !== undefined &&
    typeof schemaVersion === 'number' &&
    schemaVersion > options.maxSchemaVersion
  )
    throw new PackageError('schema_newer', { line: 1, schemaVersion, max: options.maxSchemaVersion });
  const checked = headerSchema.safeParse(value);
  if (!checked.success) throw new PackageError('header_invalid', { line: 1, ...firstIssue(checked.error) });
  const header = checked.data as PackageHeader;
  const { encryption } = header;
  if (encryption) {
    const { iterations, segmentSize } = encryption;
    if (iterations < limits.minIterations || iterations > limits.maxIterations)
      throw new PackageError('header_invalid', {
        line: 1,
        field: 'encryption.iterations',
        issue: `must be ${limits.minIterations}…${limits.maxIterations}`,
        value: iterations,
      });
    if (segmentSize > limits.maxSegmentSize || segmentSize < limits.minSegmentSize)
      throw new PackageError('header_invalid', {
        line: 1,
        field: 'encryption.segmentSize',
        issue: `must be ${limits.minSegmentSize}…${limits.maxSegmentSize}`,
        value: segmentSize,
      });
  }
  checkHeaderForReceiver(header, options.receiver);
  return header;
}

function firstIssue(error: z.ZodError): { field: string; issue: string } {
  const issue = error.issues[0];
  return { field: issue ? issue.path.map(String).join('.') : '', issue: issue?.message ?? 'is invalid' };
}
