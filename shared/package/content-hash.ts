import { bytesToHex } from '@noble/hashes/utils.js';
import { createBlocks } from './blocks';

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
  const digests: Promise<ArrayBuffer>[] = [];
  const blocks = createBlocks(blockBytes);
  return {
    update(bytes) {
      for (const block of blocks.push(bytes)) digests.push(digestOf(block));
    },
    async digest() {
      const rest = blocks.rest();
      if (rest.length > 0 || digests.length === 0) digests.push(digestOf(rest));
      const all = await Promise.all(digests);
      const list = new Uint8Array(all.length * 32);
      for (const [i, d] of all.entries()) list.set(new Uint8Array(d), i * 32);
      return bytesToHex(new Uint8Array(await digestOf(list)));
    },
  };
}
