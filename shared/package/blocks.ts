// Cutting a byte stream into fixed-size blocks: the checksum hashes 1 MiB blocks (content-hash.ts) and
// encryption seals fixed-size segments (writer.ts); both meet their bytes in arbitrary chunks.

export interface Blocks {
  /** Adds bytes; returns the blocks they completed, in order, each in a buffer of its own. */
  push(bytes: Uint8Array): Uint8Array[];
  /** The last, partial block (possibly empty). */
  rest(): Uint8Array;
}

export function createBlocks(size: number): Blocks {
  let block = new Uint8Array(size);
  let filled = 0;
  return {
    push(bytes) {
      const full: Uint8Array[] = [];
      let at = 0;
      while (at < bytes.length) {
        const n = Math.min(size - filled, bytes.length - at);
        block.set(bytes.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === size) {
          full.push(block);
          block = new Uint8Array(size);
          filled = 0;
        }
      }
      return full;
    },
    rest: () => block.subarray(0, filled),
  };
}
