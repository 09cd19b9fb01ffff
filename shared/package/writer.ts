import type { TableName } from '../schema/tables';
import { encodeBase64 } from './base64';
import { createBlocks } from './blocks';
import { type ContentStageFactory, createInlineStage } from './content-stage';
import { cipherFor, NONCE_PREFIX_BYTES, SALT_BYTES, sealSegment } from './crypto';
import { PackageError } from './errors';
import { encodeHeaderLine } from './header';
import { checkKnown } from './known-vector';
import { defaultPackageLimits } from './limits';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageEncryption,
  type PackageHeader,
  type PackageTrailer,
  PBKDF2_MIN_ITERATIONS,
} from './types';

// Writing a package as a stream (types.ts has the layout). Memory stays flat whatever the record count:
// lines are gathered into ~64 KiB batches, each batch goes to the content stage (content-stage.ts: hashed
// and fed to gzip), and gzip's output goes (through the AES-GCM segmenter when a passphrase is set) to
// the sink, which is awaited: a slow sink slows the writer down instead of letting bytes pile up.

export const DEFAULT_ITERATIONS = PBKDF2_MIN_ITERATIONS;
/** Plaintext bytes per encrypted segment unless the caller says otherwise. */
export const DEFAULT_SEGMENT_SIZE = 256 * 1024;
/** Characters of content lines gathered before one write to the compressor. */
const BATCH_CHARS = 64 * 1024;
const encoder = new TextEncoder();

/** What the caller says about the package; the writer fills in format, version, compression, encryption. */
export type PackageHeaderInput = Omit<
  PackageHeader,
  'format' | 'formatVersion' | 'compression' | 'encryption'
>;

export interface PackageWriterOptions {
  /** Encrypts the body when set (not empty). */
  passphrase?: string;
  /** PBKDF2 iterations, default 600,000; fewer only with `allowWeakIterationsForTests`. */
  iterations?: number;
  /** Tests only: accept fewer iterations than the format's minimum, to keep key derivation fast. */
  allowWeakIterationsForTests?: boolean;
  /** Plaintext bytes per encrypted segment. */
  segmentSize?: number;
  /** Receives the file's bytes in order; awaited before more is written. */
  sink: (chunk: Uint8Array) => Promise<void> | void;
  /** Fills salt and nonce prefix (default crypto.getRandomValues); the bad-file generator fixes it. */
  random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;
  /** Where encoding, checksum and gzip run (content-stage.ts); in this thread by default. */
  stage?: ContentStageFactory;
}

export interface PackageWriter {
  /** One record of a table in the scope, written as given. Await each call before the next. */
  add(table: TableName, record: object): Promise<void>;
  /**
   * Write the `known` line and the trailer, and end the file. `known` must pass the reader's checks
   * (known-vector.ts: writableKnown makes it so); otherwise nothing more is written and this throws.
   */
  finish(known: Record<string, string>): Promise<PackageTrailer>;
  /** Gives up: the file is left unfinished (an export that failed or was cancelled). */
  abort(reason: unknown): void;
}

/** Body bytes (gzip's output) on their way to the sink. */
interface BodyOut {
  push(bytes: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

export async function createPackageWriter(
  header: PackageHeaderInput,
  options: PackageWriterOptions,
): Promise<PackageWriter> {
  const { sink } = options;
  const encryption = options.passphrase === undefined ? null : encryptionFor(options);
  const fullHeader: PackageHeader = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    ...header,
    compression: 'gzip',
    encryption,
  };
  const headerLine = encodeHeaderLine(fullHeader);
  const body: BodyOut =
    encryption && options.passphrase !== undefined
      ? await segmenter(encryption, options.passphrase, headerLine, sink)
      : { push: async (bytes) => sink(bytes), end: async () => {} };
  await sink(headerLine);
  const stage = await (options.stage ?? createInlineStage)(headerLine, (bytes) => body.push(bytes));

  const counts = new Map<TableName, number>(header.scope.tables.map((table) => [table, 0]));
  let batch: string[] = [];
  let batchChars = 0;
  let finished = false;
  let failure: { error: unknown } | null = null;
  const guard = async (work: Promise<void>) => {
    try {
      await work;
    } catch (error) {
      failure ??= { error };
      throw error;
    }
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const text = batch.join('');
    batch = [];
    batchChars = 0;
    await guard(stage.lines(text));
  };
  const usable = () => {
    if (failure) throw failure.error;
    if (finished) throw new Error('package writer: already finished');
  };

  return {
    async add(table, record) {
      usable();
      const count = counts.get(table);
      if (count === undefined) throw new PackageError('table_not_in_scope', { table });
      const line = `{"t":"${table}","r":${JSON.stringify(record)}}\n`;
      // A line the reader would refuse must not be written; only long lines pay for the exact byte count.
      if (line.length * 3 > defaultPackageLimits.maxLineBytes) {
        const bytes = encoder.encode(line).length - 1;
        if (bytes > defaultPackageLimits.maxLineBytes)
          throw new PackageError('line_too_long', {
            table,
            id: (record as { id?: unknown }).id,
            limit: defaultPackageLimits.maxLineBytes,
          });
      }
      counts.set(table, count + 1);
      batch.push(line);
      batchChars += line.length;
      if (batchChars >= BATCH_CHARS) await flush();
    },

    async finish(known) {
      usable();
      // The same check as the reader's, against this machine's clock: never write a file it would refuse.
      checkKnown(known, 0, header.scope.tables, Date.now());
      finished = true;
      batch.push(`${JSON.stringify({ known })}\n`);
      await flush();
      const end = { counts: Object.fromEntries(counts), sha256: await stage.digest() };
      await guard(stage.finish(`${JSON.stringify({ end })}\n`));
      await body.end();
      const trailer: PackageTrailer = { ...end, known };
      return trailer;
    },

    abort(reason) {
      failure ??= { error: reason };
      stage.abort(reason);
    },
  };
}

function encryptionFor(options: PackageWriterOptions): PackageEncryption {
  if (!options.passphrase) throw new RangeError('package writer: the passphrase is empty');
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new RangeError(`package writer: iterations must be a positive integer (${iterations})`);
  if (iterations < PBKDF2_MIN_ITERATIONS && !options.allowWeakIterationsForTests)
    throw new RangeError(
      `package writer: at least ${PBKDF2_MIN_ITERATIONS} PBKDF2 iterations (${iterations})`,
    );
  const segmentSize = options.segmentSize ?? DEFAULT_SEGMENT_SIZE;
  if (!Number.isInteger(segmentSize) || segmentSize < 1 || segmentSize > defaultPackageLimits.maxSegmentSize)
    throw new RangeError(`package writer: segmentSize must be 1…${defaultPackageLimits.maxSegmentSize}`);
  const random = options.random ?? ((bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes));
  return {
    cipher: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: encodeBase64(random(new Uint8Array(SALT_BYTES))),
    noncePrefix: encodeBase64(random(new Uint8Array(NONCE_PREFIX_BYTES))),
    segmentSize,
  };
}

/**
 * Cuts gzip's output into `segmentSize` plaintext segments and seals each. A full segment is sealed as
 * soon as it fills, as not final; the end seals what is left (possibly nothing) as the final segment.
 */
async function segmenter(
  encryption: PackageEncryption,
  passphrase: string,
  headerLine: Uint8Array,
  sink: PackageWriterOptions['sink'],
): Promise<BodyOut> {
  const cipher = await cipherFor(encryption, passphrase, headerLine);
  const segments = createBlocks(encryption.segmentSize);
  let index = 0;
  const seal = async (plain: Uint8Array, final: boolean) => {
    const framed = await sealSegment(cipher, index, final, plain);
    index++;
    await sink(framed);
  };
  return {
    async push(bytes) {
      for (const full of segments.push(bytes)) await seal(full, false);
    },
    end: () => seal(segments.rest(), true),
  };
}
