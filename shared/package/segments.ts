import type { ByteReader } from './byte-reader';
import { cipherFor, openSegment, TAG_BYTES } from './crypto';
import { PackageError } from './errors';
import type { PackageEncryption } from './types';

// Reading the encrypted body: segment after segment, each authenticated before a byte of it is used.
// Whether a segment is the final one is known from the file (nothing follows it); the associated data
// must agree. When a segment fails, trying the other final flag tells the common cases apart for the
// user: the file was cut at a segment boundary (truncated), or data was added after the end (tampered).

export async function* openSegments(
  bytes: ByteReader,
  encryption: PackageEncryption,
  passphrase: string,
  headerLine: Uint8Array,
): AsyncGenerator<Uint8Array> {
  const cipher = await cipherFor(encryption, passphrase, headerLine);
  const { segmentSize } = encryption;
  for (let segment = 0; ; segment++) {
    const where = { where: 'segment', segment };
    const prefix = await bytes.exact(4, where);
    if (prefix === null) throw new PackageError('truncated', { ...where, reason: 'final_segment_missing' });
    const length = new DataView(prefix.buffer, prefix.byteOffset, 4).getUint32(0);
    if (length < TAG_BYTES || length > segmentSize + TAG_BYTES)
      throw new PackageError('tampered', { ...where, reason: 'segment_length', length });
    const sealed = await bytes.exact(length, where);
    if (sealed === null) throw new PackageError('truncated', where);
    const final = await bytes.atEnd();
    const plain = await openSegment(cipher, segment, final, sealed);
    if (!plain) {
      if (await openSegment(cipher, segment, !final, sealed)) {
        if (final) throw new PackageError('truncated', { ...where, reason: 'final_segment_missing' });
        throw new PackageError('tampered', { ...where, reason: 'data_after_final_segment' });
      }
      if (segment === 0) throw new PackageError('wrong_passphrase');
      throw new PackageError('tampered', where);
    }
    if (!final && plain.length !== segmentSize)
      throw new PackageError('tampered', { ...where, reason: 'short_segment' });
    if (plain.length > 0) yield plain;
    if (final) return;
  }
}
