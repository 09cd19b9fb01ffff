import { PackageError } from './errors';
import type { FirstLineEnd } from './header';

// The file's bytes as the reader asks for them: the first line, then either the rest as it comes (a
// plain body) or exact runs (encrypted segments). Whatever the source hands over — one buffer, a stream,
// 1-byte chunks — at most one line or one segment is held, the file's size is counted against the limit
// and the abort signal is looked at on every pull.

export type PackageBytes = Uint8Array | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

/** A whole buffer is handed on in slices of this size, so the decompressor is fed evenly. */
const SLICE = 1024 * 1024;
const NEWLINE = 0x0a;

async function* chunksOf(source: PackageBytes): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    for (let i = 0; i < source.length; i += SLICE) yield source.subarray(i, i + SLICE);
    return;
  }
  if (!('getReader' in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (a problem was found): let the source close its file.
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

export interface ByteReader {
  /** The first line without its "\n" (which is consumed), and how it ended. */
  firstLine(maxLineBytes: number): Promise<{ line: Uint8Array; ended: FirstLineEnd }>;
  /** Exactly `n` bytes; null when the file ends right here; `truncated` when it ends part-way. */
  exact(n: number, where: Record<string, unknown>): Promise<Uint8Array | null>;
  /** Whether the file has no more bytes. */
  atEnd(): Promise<boolean>;
  /** Everything not read yet, chunk by chunk. */
  rest(): AsyncGenerator<Uint8Array>;
  /** Stop reading: the source is cancelled once any read in flight has settled. */
  close(): void;
}

export function createByteReader(
  source: PackageBytes,
  maxFileBytes: number,
  signal?: AbortSignal,
): ByteReader {
  const chunks = chunksOf(source);
  const queue: Uint8Array[] = [];
  let head = 0; // read offset into queue[0]
  let buffered = 0;
  let total = 0;
  let ended = false;

  /** One more chunk into the queue; false at the end of the file. */
  const pull = async (): Promise<boolean> => {
    for (;;) {
      if (signal?.aborted) throw new PackageError('aborted');
      if (ended) return false;
      const next = await chunks.next();
      if (next.done) {
        ended = true;
        return false;
      }
      const chunk = next.value;
      total += chunk.length;
      if (total > maxFileBytes) throw new PackageError('too_large', { limit: maxFileBytes });
      if (chunk.length === 0) continue;
      queue.push(chunk);
      buffered += chunk.length;
      return true;
    }
  };

  /** The next `n` buffered bytes (n ≤ buffered), consumed. */
  const take = (n: number): Uint8Array => {
    const first = queue[0] as Uint8Array;
    if (first.length - head >= n) {
      const out = first.subarray(head, head + n);
      head += n;
      buffered -= n;
      if (head === first.length) {
        queue.shift();
        head = 0;
      }
      return out;
    }
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const chunk = queue[0] as Uint8Array;
      const part = Math.min(chunk.length - head, n - filled);
      out.set(chunk.subarray(head, head + part), filled);
      filled += part;
      head += part;
      if (head === chunk.length) {
        queue.shift();
        head = 0;
      }
    }
    buffered -= n;
    return out;
  };

  /** Offset of the first "\n" among the buffered bytes, looking from `from`; -1 if none. */
  const findNewline = (from: number): number => {
    let base = 0;
    for (const [i, chunk] of queue.entries()) {
      const start = i === 0 ? head : 0;
      const length = chunk.length - start;
      if (from < base + length) {
        const at = chunk.indexOf(NEWLINE, start + Math.max(0, from - base));
        if (at >= 0) return base + at - start;
      }
      base += length;
    }
    return -1;
  };

  return {
    async firstLine(maxLineBytes) {
      let scanned = 0;
      for (;;) {
        const at = findNewline(scanned);
        if (at >= 0 && at <= maxLineBytes) {
          const line = take(at);
          take(1);
          return { line, ended: 'newline' };
        }
        if (buffered > maxLineBytes) return { line: take(maxLineBytes), ended: 'limit' };
        scanned = buffered;
        if (!(await pull())) return { line: buffered > 0 ? take(buffered) : new Uint8Array(0), ended: 'eof' };
      }
    },

    async exact(n, where) {
      while (buffered < n) {
        if (!(await pull())) {
          if (buffered === 0) return null;
          throw new PackageError('truncated', where);
        }
      }
      return n === 0 ? new Uint8Array(0) : take(n);
    },

    async atEnd() {
      return buffered === 0 && !(await pull());
    },

    async *rest() {
      if (buffered > 0) yield take(buffered);
      while (await pull()) yield take(buffered);
    },

    close() {
      void chunks.return(undefined).catch(() => {});
    },
  };
}
