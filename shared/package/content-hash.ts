import { bytesToHex } from '@noble/hashes/utils.js';

// The package checksum (types.ts): the hashed bytes — the header line, then every content line before
// the trailer — are cut into fixed blocks of HASH_BLOCK_BYTES (the last may be shorter); each block is
// hashed with SHA-256 and the checksum is the SHA-256 of the block digests in order, as lower-case hex.
// Fixed blocks make it independent of how writer and reader happen to chunk the bytes. Each block goes to
// the platform's native SHA-256 (WebCrypto, off the main thread in Chromium): at a hundred megabytes of
// content a JavaScript SHA-256 cost about a second of the export's main thread, and as much on import.

export const HASH_BLOCK_BYTES = 1024 * 1024;

export interface ContentHash {
  update(bytes: Uint8Array): void;
  /** The checksum of everything given so far; call once, at the end. */
  digest(): Promise<string>;
}

const digestOf = (bytes: Uint8Array) => crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);

export function createContentHash(blockBytes = HASH_BLOCK_BYTES): ContentHash {
  // WebCrypto copies its input when called, so a block can be handed over as soon as it is full.
  const blocks: Promise<ArrayBuffer>[] = [];
  let block = new Uint8Array(blockBytes);
  let filled = 0;
  return {
    update(bytes) {
      let at = 0;
      while (at < bytes.length) {
        const n = Math.min(blockBytes - filled, bytes.length - at);
        block.set(bytes.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === blockBytes) {
          blocks.push(digestOf(block));
          block = new Uint8Array(blockBytes);
          filled = 0;
        }
      }
    },
    async digest() {
      if (filled > 0 || blocks.length === 0) blocks.push(digestOf(block.subarray(0, filled)));
      const digests = await Promise.all(blocks);
      const list = new Uint8Array(digests.length * 32);
      for (const [i, d] of digests.entries()) list.set(new Uint8Array(d), i * 32);
      return bytesToHex(new Uint8Array(await digestOf(list)));
    },
  };
}
