import { createByteReader, type PackageBytes } from './byte-reader';
import { type ContentReader, createContentReader, type OnRecord } from './content';
import { PackageError } from './errors';
import { parseHeaderLine } from './header';
import { type PackageLimits, resolveLimits } from './limits';
import type { Receiver } from './receiver';
import type { Exists } from './record-check';
import { openSegments } from './segments';
import type { PackageHeader, PackageTrailer } from './types';

// Reading a package as a stream, checking everything (types.ts has the layout, errors.ts the codes): the
// header first, then the body — decrypted segment by segment, decompressed, split into lines — each
// record checked and handed to `onRecord` as it comes, then the trailer's checksum and counts and the
// references. Memory holds one line or segment at a time, plus the id sets the duplicate and reference
// checks need.

export interface ReadPackageOptions {
  /** Needed when the header says the package is encrypted. */
  passphrase?: string;
  /** The newest schema version this app reads. */
  maxSchemaVersion: number;
  /**
   * Each record as it is read, validated (as its schema outputs it). PROVISIONAL until readPackage
   * resolves: a later line can still fail the package (a bad record, the checksum, a missing reference),
   * so stage what arrives here and commit nothing before then.
   */
  onRecord?: OnRecord;
  /**
   * Which of `ids` the local database holds in `table`: a reference the package does not satisfy must be
   * satisfied here. Without it, every reference must be satisfied within the package.
   */
  exists?: Exists;
  signal?: AbortSignal;
  limits?: Partial<PackageLimits>;
  /** The receiver's clock in ms (Date.now unless a test drives it): bounds the revs of `known`. */
  now?: () => number;
  /**
   * The machine reading it: the header's time and origin, and every rev, are checked against its clock
   * (now when not given) and device id (receiver.ts).
   */
  receiver?: Receiver;
}

export interface ReadPackageResult {
  header: PackageHeader;
  trailer: PackageTrailer;
}

/** Read and check a whole package; throws PackageError at the first problem. */
export async function readPackage(
  source: PackageBytes,
  options: ReadPackageOptions,
): Promise<ReadPackageResult> {
  const limits = resolveLimits(options.limits);
  const { signal } = options;
  // One reading of the clock for the whole file, so the header and every record face the same bound.
  const receiver: Receiver = { ...options.receiver, now: options.receiver?.now ?? Date.now() };
  if (signal?.aborted) throw new PackageError('aborted');
  if (source instanceof Uint8Array && source.length > limits.maxFileBytes)
    throw new PackageError('too_large', { limit: limits.maxFileBytes });
  const bytes = createByteReader(source, limits.maxFileBytes, signal);
  try {
    const first = await bytes.firstLine(limits.maxLineBytes);
    const header = parseHeaderLine(first.line, first.ended, {
      maxSchemaVersion: options.maxSchemaVersion,
      limits,
      receiver,
    });
    const headerLine = new Uint8Array(first.line.length + 1);
    headerLine.set(first.line);
    headerLine[first.line.length] = 0x0a;
    const { encryption } = header;
    if (encryption && !options.passphrase) throw new PackageError('passphrase_required');
    const content = createContentReader({
      header,
      headerLine,
      limits,
      onRecord: options.onRecord,
      signal,
      now: options.now ?? Date.now,
      receiver,
    });
    const body =
      encryption && options.passphrase
        ? openSegments(bytes, encryption, options.passphrase, headerLine)
        : bytes.rest();
    await inflate(body, content, limits);
    const trailer = await content.end(options.exists);
    return { header, trailer };
  } finally {
    bytes.close();
  }
}

/**
 * Feed gzip bytes through the decompressor into `content`, both sides running at once (the decompressor
 * holds back its input while `content` is busy). The first failure wins and stops the other side.
 */
async function inflate(
  body: AsyncIterable<Uint8Array>,
  content: ContentReader,
  limits: PackageLimits,
): Promise<void> {
  const gunzip = new DecompressionStream('gzip');
  const input = gunzip.writable.getWriter();
  const output = gunzip.readable.getReader();
  let failure: { error: unknown } | null = null;
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const fail = (error: unknown) => {
    failure ??= { error };
    stop();
  };
  // Unpacked bytes are checked against the compressed bytes fed so far, before content holds them.
  let compressed = 0;
  let inflated = 0;
  const feeding = (async () => {
    for await (const chunk of body) {
      compressed += chunk.length;
      await input.write(chunk as Uint8Array<ArrayBuffer>).catch(gzipProblem);
    }
    await input.close().catch(gzipProblem);
  })().catch(async (error: unknown) => {
    fail(error);
    await input.abort(error).catch(() => {});
  });
  const reading = (async () => {
    for (;;) {
      const { value, done } = await output.read().catch(gzipProblem);
      if (done) return;
      inflated += value.length;
      if (
        inflated > limits.maxInflatedBytes ||
        inflated > compressed * limits.maxInflateRatio + limits.inflateAllowanceBytes
      )
        throw new PackageError('unpacks_too_large', { inflated, compressed });
      await content.push(value);
    }
  })().catch(async (error: unknown) => {
    fail(error);
    await output.cancel(error).catch(() => {});
  });
  // On a failure the other side is not waited for: a source that stalls must not hold the answer back.
  await Promise.race([Promise.all([feeding, reading]), stopped]);
  if (failure) throw (failure as { error: unknown }).error;
}

/**
 * The decompressor's errors, in codes. Engines word them differently (Node: zlib codes; Chromium:
 * "…truncated"), so a cut-short stream is told apart by either; anything else is damage. A PackageError
 * here is the reason one side stopped the other, passed on as it is.
 */
function gzipProblem(error: unknown): never {
  if (error instanceof PackageError) throw error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  const truncated = code === 'Z_BUF_ERROR' || /truncat|unexpected end/i.test(message);
  throw new PackageError(truncated ? 'truncated' : 'corrupt', {
    where: 'body',
    issue: message || String(code),
  });
}
