import { PBKDF2_MIN_ITERATIONS } from './types';

// What the reader accepts at most (and, for key derivation, at least). They bound the reader's memory
// and time on a hostile file: a line is held whole only up to `maxLineBytes`, a segment up to
// `maxSegmentSize`, and a header cannot ask for a key derivation that takes minutes.

export interface PackageLimits {
  /** The whole file, in bytes. */
  maxFileBytes: number;
  /** One line (the header or a content line), in bytes, without its "\n". */
  maxLineBytes: number;
  /** One string anywhere in a line, in characters (UTF-16 code units). */
  maxStringLength: number;
  /** One array anywhere in a line, in items. */
  maxArrayLength: number;
  /** PBKDF2 iterations an encrypted header may state: at least (the format's minimum)… */
  minIterations: number;
  /** …and at most. */
  maxIterations: number;
  /** Plaintext bytes per encrypted segment, at most… */
  maxSegmentSize: number;
  /** …and at least: each segment costs a decryption call, so 1-byte segments would make a read take minutes. */
  minSegmentSize: number;
  /** Unpacked content bytes per compressed byte read so far, at most (records' JSON gzips ~5–15×)… */
  maxInflateRatio: number;
  /** …beyond this allowance, so a small package's first blocks are never refused. */
  inflateAllowanceBytes: number;
  /** Unpacked content bytes in all, at most. */
  maxInflatedBytes: number;
}

export const defaultPackageLimits: Readonly<PackageLimits> = Object.freeze({
  maxFileBytes: 2 * 1024 ** 3,
  maxLineBytes: 1024 ** 2,
  maxStringLength: 10_000,
  maxArrayLength: 1_000,
  minIterations: PBKDF2_MIN_ITERATIONS,
  maxIterations: 10_000_000,
  maxSegmentSize: 16 * 1024 ** 2,
  minSegmentSize: 4 * 1024,
  maxInflateRatio: 64,
  inflateAllowanceBytes: 64 * 1024 ** 2,
  maxInflatedBytes: 8 * 1024 ** 3,
});

export const resolveLimits = (limits: Partial<PackageLimits> = {}): PackageLimits => ({
  ...defaultPackageLimits,
  ...limits,
});
