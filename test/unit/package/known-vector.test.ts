import { describe, expect, it } from 'vitest';
import { formatRev } from '../../../shared/hlc';
import {
  defaultPackageLimits,
  KNOWN_MAX_SKEW_MS,
  MAX_KNOWN_ENTRIES,
  type PackageError,
  writableKnown,
} from '../../../shared/package';
import { tableNames } from '../../../shared/schema/tables';
import { build, headerWith, officeLines, TABLES } from '../../fixtures/packages/corpus-office';
import { assemble, CORPUS_KNOWN, knownLine, trailerFor } from '../../fixtures/packages/raw-package';
import { readAll, sampleRecords, writePackage } from './records';

// The writer's `known` vector: in the checksum, bounded, dated; a version 1 file (vector outside the
// checksum) is still read, without its vector.

// The writer checks against the real clock, so the receiver's clock starts there too.
const now = Date.now();
const rev = (wall: number, device: string, counter = 0) => formatRev({ wall, counter }, device);
const records = sampleRecords(2, 5);

describe('the known vector', () => {
  it('round-trips in its own line, which the checksum covers', async () => {
    const known = { 'customers:device-a': rev(now - 1_000, 'device-a', 4) };
    const { bytes, trailer } = await writePackage(records, { known });
    expect(trailer.known).toEqual(known);
    expect((await readAll(bytes, { now: () => now })).trailer.known).toEqual(known);
  });

  it('refuses a rev more than the allowed skew past the receiver’s clock, and takes one within it', async () => {
    const key = 'customers:device-a';
    const within = { [key]: rev(now + KNOWN_MAX_SKEW_MS, 'device-a') };
    const { bytes } = await writePackage(records, { known: { [key]: rev(now, 'device-a') } });
    expect((await readAll(bytes, { now: () => now })).trailer.known[key]).toBe(rev(now, 'device-a'));
    // Read a day and a bit earlier, the same file is from the future.
    await expect(readAll(bytes, { now: () => now - KNOWN_MAX_SKEW_MS - 1 })).rejects.toMatchObject({
      code: 'known_invalid',
      details: { key, issue: 'future' },
    });
    const ok = await writePackage(records, { known: within });
    await expect(readAll(ok.bytes, { now: () => now })).resolves.toBeTruthy();
  });

  it('the writer refuses to write a vector its readers would refuse, before ending the file', async () => {
    const error = (await writePackage(records, {
      known: { 'customers:device-a': rev(now, 'device-b') },
    }).catch((e: unknown) => e)) as PackageError;
    expect(error).toMatchObject({ code: 'known_invalid', details: { issue: 'device' } });
  });

  it('a full vector of the longest entries fits in a line', () => {
    const device = (i: number) => `${'d'.repeat(44)}${String(i).padStart(4, '0')}`;
    const longest = Object.fromEntries(
      Array.from({ length: MAX_KNOWN_ENTRIES }, (_, i) => [
        `skillChanges:${device(i)}`,
        rev(now, device(i), 99_999),
      ]),
    );
    expect(writableKnown(longest, ['skillChanges'], now)).toEqual(longest);
    // The longest key fits the header's keys of `since` (an incremental package to that peer lists it).
    expect(`orderEvents:${device(0)}`.length).toBeLessThanOrEqual(64);
    const tooLong = `${device(0)}x`;
    expect(writableKnown({ [`orders:${tooLong}`]: rev(now, tooLong) }, ['orders'], now)).toEqual({});
    expect(new TextEncoder().encode(knownLine(longest)).length).toBeLessThan(
      defaultPackageLimits.maxLineBytes,
    );
  });

  it('writableKnown keeps the valid entries of the scope’s tables, the newest when there are too many', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_KNOWN_ENTRIES + 10 }, (_, i) => [
        `orders:device-${i}`,
        rev(now - (MAX_KNOWN_ENTRIES + 10 - i) * 1_000, `device-${i}`),
      ]),
    );
    const bad = {
      'orders:device-x': rev(now + 2 * KNOWN_MAX_SKEW_MS, 'device-x'),
      'orders:device-y': 'not a rev',
      'staff:device-z': rev(now, 'device-z'),
    };
    const kept = writableKnown({ ...many, ...bad }, ['orders'], now);
    expect(Object.keys(kept)).toHaveLength(MAX_KNOWN_ENTRIES);
    expect(kept['orders:device-0']).toBeUndefined(); // the oldest went
    expect(kept[`orders:device-${MAX_KNOWN_ENTRIES + 9}`]).toBeDefined();
    for (const key of Object.keys(bad)) expect(kept[key]).toBeUndefined();
    expect(writableKnown(kept, tableNames, now)).toEqual(kept);
  });

  it('still reads a version 1 file, whose vector sat outside the checksum, and drops that vector', async () => {
    const header = headerWith((h) => Object.assign(h, { formatVersion: 1 }));
    const lines = officeLines();
    const trailer = {
      ...trailerFor(header, lines, TABLES),
      known: { 'corpus-device': rev(Date.UTC(2100, 11, 31), 'corpus-device', 99_999) },
    };
    const content = [...lines, JSON.stringify({ end: trailer })].map((l) => `${l}\n`).join('');
    const read = await readAll((await assemble(header, content, null)).bytes);
    expect(read.header.formatVersion).toBe(1);
    expect(read.records.orders).toHaveLength(1);
    expect(read.trailer.known).toEqual({});
    // A version 2 file has its vector checked and returned.
    expect((await readAll((await build()).bytes)).trailer.known).toEqual(CORPUS_KNOWN);
  });
});
