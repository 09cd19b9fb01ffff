import { createContentHash } from './content-hash';

// The writer's heavy half: content lines → UTF-8 → checksum → gzip → the body. It is its own piece so
// the renderer can run it in a Web Worker (renderer/db/package-worker.ts) while the main thread reads
// and serialises records: at a hundred megabytes of content, encoding and gzip cost more than reading.
// The writer sees only this interface; in Node and in tests it runs in-thread, as below.

export interface ContentStage {
  /** Content lines (each ended by "\n"), hashed and compressed in order; resolves when more may come. */
  lines(text: string): Promise<void>;
  /** The checksum of the header line and every line so far (content-hash.ts). */
  digest(): Promise<string>;
  /** The trailer line (compressed, not hashed), then the end: resolves once all output is out. */
  finish(last: string): Promise<void>;
  /** Gives up (the export failed or was cancelled): releases what the stage holds. */
  abort(reason: unknown): void;
}

/** Makes a stage whose output (gzip's bytes, in order) goes to `output`, which is awaited. */
export type ContentStageFactory = (
  headerLine: Uint8Array,
  output: (bytes: Uint8Array) => Promise<void>,
) => Promise<ContentStage>;

export const createInlineStage: ContentStageFactory = async (headerLine, output) => {
  const hash = createContentHash();
  hash.update(headerLine);
  const encoder = new TextEncoder();
  const gzip = new CompressionStream('gzip');
  const input = gzip.writable.getWriter();
  const reader = gzip.readable.getReader();
  let failure: { error: unknown } | null = null;
  const fail = (error: unknown) => {
    failure ??= { error };
    return failure.error;
  };
  // gzip's output is drained as it comes; if the output fails, cancelling releases a pending write.
  const drained = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      await output(value);
    }
  })().catch(async (error) => {
    fail(error);
    await reader.cancel(error).catch(() => {});
  });
  // Each write is awaited until the compressor has taken it in. (Waiting only for `ready` would not do:
  // Node's CompressionStream reports ready at once and would buffer the whole package.)
  const compress = async (bytes: Uint8Array) => {
    if (failure) throw failure.error;
    try {
      await input.write(bytes as Uint8Array<ArrayBuffer>);
    } catch (error) {
      throw fail(error);
    }
  };
  return {
    async lines(text) {
      const bytes = encoder.encode(text);
      hash.update(bytes);
      await compress(bytes);
    },
    digest: () => hash.digest(),
    async finish(last) {
      await compress(encoder.encode(last));
      try {
        await input.close();
      } catch (error) {
        throw fail(error);
      }
      await drained;
      if (failure) throw failure.error;
    },
    abort(reason) {
      fail(reason);
      void input.abort(reason).catch(() => {});
    },
  };
};
