import type { TableName } from '../schema/tables';
import { createContentHash } from './content-hash';
import { PackageError } from './errors';
import { parseGuardedJson } from './json-guard';
import { checkKnown } from './known-vector';
import type { PackageLimits } from './limits';
import { createFutureRevCheck, type Receiver } from './receiver';
import { checkRecord, createReferenceCheck, type Exists } from './record-check';
import { type CheckedTrailer, checkTrailer } from './trailer';
import type { PackageHeader, PackageTrailer } from './types';

// The decompressed body, line by line: each line is parsed, checked and handed on as it arrives; the
// trailer then settles checksum, counts and references. Bytes are split on "\n" (which never occurs
// inside a multi-byte UTF-8 character), each run of whole lines is decoded and hashed in one go, and only
// a line cut by a chunk boundary is carried over — at most one line, bounded by the line limit.

const NEWLINE = 0x0a;

export type OnRecord = (table: TableName, record: Record<string, unknown>) => void | Promise<void>;

export interface ContentContext {
  header: PackageHeader;
  /** The header line's bytes, "\n" included: the checksum starts with them. */
  headerLine: Uint8Array;
  limits: PackageLimits;
  onRecord?: OnRecord;
  signal?: AbortSignal;
  /** The receiver's clock (ms): a `known` rev far past it is refused (known-vector.ts). */
  now: () => number;
  /** The machine reading: revs beyond its clock's skew bound refuse the package (receiver.ts). */
  receiver?: Receiver;
}

export interface ContentReader {
  /** The next decompressed bytes. */
  push(chunk: Uint8Array): Promise<void>;
  /** After the last byte: the trailer, once checksum, counts and references hold. */
  end(exists?: Exists): Promise<PackageTrailer>;
}

export function createContentReader(ctx: ContentContext): ContentReader {
  const { limits, onRecord, signal } = ctx;
  const scope: ReadonlySet<string> = new Set(ctx.header.scope.tables);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const hash = createContentHash();
  hash.update(ctx.headerLine);
  const counts = new Map<TableName, number>();
  const references = createReferenceCheck();
  const future = createFutureRevCheck(ctx.receiver);
  let line = 1; // the header is line 1
  let trailer: { value: CheckedTrailer; line: number } | null = null;
  // Version 2 writes the `known` line just before the trailer; version 1 has none (and its vector is
  // dropped: it was never covered by the checksum).
  const v1 = ctx.header.formatVersion === 1;
  let known: { value: Record<string, string>; line: number } | null = null;
  let carry: Uint8Array[] = [];
  let carryBytes = 0;

  /** Keep the start of a line cut by a chunk boundary. */
  const keep = (part: Uint8Array) => {
    carry.push(part);
    carryBytes += part.length;
    const lineBytes = carryBytes - (part[part.length - 1] === NEWLINE ? 1 : 0);
    if (lineBytes > limits.maxLineBytes)
      throw new PackageError('line_too_long', { line: line + 1, limit: limits.maxLineBytes });
  };

  const joinCarry = (): Uint8Array => {
    const out = new Uint8Array(carryBytes);
    let at = 0;
    for (const part of carry) {
      out.set(part, at);
      at += part.length;
    }
    carry = [];
    carryBytes = 0;
    return out;
  };

  /** One line's text: a record (handed on) or the trailer (returns true). */
  const handle = async (text: string): Promise<boolean> => {
    if (trailer)
      throw new PackageError('invalid_line', { line, reason: 'after_trailer', trailerLine: trailer.line });
    if (text.length === 0) throw new PackageError('invalid_line', { line, reason: 'blank' });
    const value = parseGuardedJson(text, limits, { line });
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new PackageError('invalid_line', { line, reason: 'not_an_object' });
    const fields = value as Record<string, unknown>;
    const keys = Object.keys(fields);
    if (keys.length === 1 && keys[0] === 'end') {
      if (!v1 && !known) throw new PackageError('invalid_line', { line, reason: 'missing_known' });
      trailer = { value: checkTrailer(fields.end, line, ctx.header.formatVersion), line };
      return true;
    }
    if (known) throw new PackageError('invalid_line', { line, reason: 'after_known', knownLine: known.line });
    if (!v1 && keys.length === 1 && keys[0] === 'known') {
      known = { value: checkKnown(fields.known, line, ctx.header.scope.tables, ctx.now()), line };
      return false;
    }
    if (keys.length !== 2 || !('t' in fields) || !('r' in fields))
      throw new PackageError('invalid_line', { line, reason: 'not_a_record' });
    const checked = checkRecord(fields.t, fields.r, line, scope);
    references.add(checked, line);
    future.add(checked.table, checked.record, line);
    counts.set(checked.table, (counts.get(checked.table) ?? 0) + 1);
    if (onRecord) {
      const pending = onRecord(checked.table, checked.record);
      if (pending) await pending;
    }
    return false;
  };

  /** Whole lines (`bytes` ends with "\n"): each handled in order; record lines hashed, the trailer not. */
  const lines = async (bytes: Uint8Array) => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw notUtf8(bytes, line);
    }
    let offset = 0;
    let from = 0;
    let hashed = false;
    while (offset < bytes.length) {
      const newline = bytes.indexOf(NEWLINE, offset);
      const end = text.indexOf('\n', from);
      line++;
      if (newline - offset > limits.maxLineBytes)
        throw new PackageError('line_too_long', { line, limit: limits.maxLineBytes });
      if (await handle(text.slice(from, end))) {
        hash.update(bytes.subarray(0, offset));
        hashed = true;
      }
      offset = newline + 1;
      from = end + 1;
    }
    if (!hashed) hash.update(bytes);
  };

  return {
    async push(chunk) {
      if (signal?.aborted) throw new PackageError('aborted');
      let start = 0;
      if (carryBytes > 0) {
        const newline = chunk.indexOf(NEWLINE);
        if (newline < 0) {
          keep(chunk);
          return;
        }
        keep(chunk.subarray(0, newline + 1));
        await lines(joinCarry());
        start = newline + 1;
      }
      const last = chunk.lastIndexOf(NEWLINE);
      if (last >= start) {
        await lines(chunk.subarray(start, last + 1));
        start = last + 1;
      }
      if (start < chunk.length) keep(chunk.subarray(start));
    },

    async end(exists) {
      if (carryBytes > 0) throw new PackageError('invalid_line', { line: line + 1, reason: 'unterminated' });
      if (!trailer) throw new PackageError('invalid_line', { line: line + 1, reason: 'missing_trailer' });
      const { value, line: trailerLine } = trailer;
      const actual = await hash.digest();
      if (actual !== value.sha256)
        throw new PackageError('checksum', { line: trailerLine, expected: value.sha256, actual });
      const tables = new Set<TableName>([
        ...ctx.header.scope.tables,
        ...(Object.keys(value.counts) as TableName[]),
      ]);
      for (const table of tables) {
        const expected = value.counts[table] ?? 0;
        const read = counts.get(table) ?? 0;
        if (expected !== read)
          throw new PackageError('counts', { line: trailerLine, table, expected, actual: read });
      }
      future.settle();
      await references.settle(exists, signal);
      return { ...value, known: known?.value ?? {} };
    },
  };
}

/** The line that is not UTF-8, found by decoding line by line (only once something failed). */
function notUtf8(bytes: Uint8Array, before: number): PackageError {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for (let line = before + 1; offset < bytes.length; line++) {
    const newline = bytes.indexOf(NEWLINE, offset);
    try {
      decoder.decode(bytes.subarray(offset, newline));
    } catch {
      return new PackageError('invalid_json', { line, issue: 'not UTF-8' });
    }
    offset = newline + 1;
  }
  return new PackageError('invalid_json', { line: before + 1, issue: 'not UTF-8' });
}
