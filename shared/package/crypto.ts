import { decodeBase64 } from './base64';
import { PackageError } from './errors';
import type { PackageEncryption } from './types';

// The encryption of a package body (types.ts has the scheme): PBKDF2-SHA256 → AES-256-GCM over numbered
// segments. The nonce carries the segment index and the associated data binds the header, the index and
// the final flag, so no segment can be moved, dropped, added after the last, or read under another header.

export const SALT_BYTES = 16;
export const NONCE_PREFIX_BYTES = 8;
export const TAG_BYTES = 16;
/** The largest segment index the 4-byte counter holds. */
export const MAX_SEGMENT_INDEX = 0xffff_ffff;

/**
 * The AES key for a passphrase. The passphrase is NFC-normalised first: the same words typed with
 * different input methods (composed or decomposed characters) give the same key.
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface SegmentCipher {
  key: CryptoKey;
  noncePrefix: Uint8Array;
  /** SHA-256 of the header line's bytes ("\n" included). */
  headerHash: Uint8Array;
}

/** The cipher of a package's body: the key from the passphrase, the nonce prefix, the header's hash. */
export async function cipherFor(
  encryption: PackageEncryption,
  passphrase: string,
  headerLine: Uint8Array,
): Promise<SegmentCipher> {
  return {
    key: await deriveKey(passphrase, decodeBase64(encryption.salt) as Uint8Array, encryption.iterations),
    noncePrefix: decodeBase64(encryption.noncePrefix) as Uint8Array,
    headerHash: await sha256(headerLine),
  };
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

function nonceFor(cipher: SegmentCipher, index: number): Uint8Array {
  const nonce = new Uint8Array(NONCE_PREFIX_BYTES + 4);
  nonce.set(cipher.noncePrefix);
  new DataView(nonce.buffer).setUint32(NONCE_PREFIX_BYTES, index);
  return nonce;
}

function associatedData(cipher: SegmentCipher, index: number, final: boolean): Uint8Array {
  const data = new Uint8Array(cipher.headerHash.length + 5);
  data.set(cipher.headerHash);
  const view = new DataView(data.buffer);
  view.setUint32(cipher.headerHash.length, index);
  view.setUint8(cipher.headerHash.length + 4, final ? 1 : 0);
  return data;
}

const params = (cipher: SegmentCipher, index: number, final: boolean): AesGcmParams => {
  if (index > MAX_SEGMENT_INDEX) throw new PackageError('too_large', { segments: index });
  return {
    name: 'AES-GCM',
    iv: nonceFor(cipher, index) as BufferSource,
    additionalData: associatedData(cipher, index, final) as BufferSource,
    tagLength: TAG_BYTES * 8,
  };
};

/** One segment as written: 4-byte big-endian ciphertext length, then the ciphertext with its tag. */
export async function sealSegment(
  cipher: SegmentCipher,
  index: number,
  final: boolean,
  plain: Uint8Array,
): Promise<Uint8Array> {
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(params(cipher, index, final), cipher.key, plain as BufferSource),
  );
  const framed = new Uint8Array(4 + sealed.length);
  new DataView(framed.buffer).setUint32(0, sealed.length);
  framed.set(sealed, 4);
  return framed;
}

/** The plaintext of a segment's ciphertext, or null when it does not authenticate under these inputs. */
export async function openSegment(
  cipher: SegmentCipher,
  index: number,
  final: boolean,
  sealed: Uint8Array,
): Promise<Uint8Array | null> {
  const algorithm = params(cipher, index, final);
  try {
    return new Uint8Array(await crypto.subtle.decrypt(algorithm, cipher.key, sealed as BufferSource));
  } catch {
    return null;
  }
}
