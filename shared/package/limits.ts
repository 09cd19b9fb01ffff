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
  /** Plaintext bytes per encrypted segment, at most. */
  maxSegmentSize: number;
}

export const defaultPackageLimits: Readonly<PackageLimits> = Object.freeze({
  maxFileBytes: 2 * 1024 ** 3,
  maxLineBytes: 1024 ** 2,
  maxStringLength: 10_000,
  maxArrayLength: 1_000,
  minIterations: PBKDF2_MIN_ITERATIONS,
  maxIterations: 10_000_000,
  maxSegmentSize: 16 * 1024 ** 2,
});

export const resolveLimits = (limits: Partial<PackageLimits> = {}): PackageLimits => ({
  ...defaultPackageLimits,
  ...limits,
});
