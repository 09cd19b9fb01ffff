import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageRecordSchemas } from '../../../shared/package';
import { type TableName, tableNames } from '../../../shared/schema/tables';
import { pieces, type RecordSet, readAll, sampleRecords, seeded, writePackage } from './records';

// Any valid set of records, in any line order, with any text in it, encrypted or not, cut into any
// segments and fed in any pieces, reads back as written.

const pool = sampleRecords(21, 40);

const recordSet = fc
  .record({
    picks: fc.record(
      Object.fromEntries(tableNames.map((t) => [t, fc.subarray(pool[t].map((_, i) => i))])) as Record<
        TableName,
        fc.Arbitrary<number[]>
      >,
    ),
    // Any code point the schema keeps: everything but NUL and half a surrogate pair (refused as text).
    notes: fc.array(
      fc
        .string({ unit: 'binary', maxLength: 300 })
        .map((s) =>
          s.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ''),
        ),
      { maxLength: 10 },
    ),
  })
  .map(({ picks, notes }) => {
    const set = {} as RecordSet;
    for (const table of tableNames)
      set[table] = picks[table].map((i) => pool[table][i] as Record<string, unknown>);
    // Arbitrary text (any code point, astral ones too) in customers' notes, as the schema keeps it.
    set.customers = set.customers.map((r, i) =>
      notes[i] === undefined
        ? r
        : (packageRecordSchemas.customers.parse({ ...r, notes: notes[i] }) as Record<string, unknown>),
    );
    return set;
  });

describe('package round trip (property)', () => {
  it('random valid record sets read back as written', async () => {
    await fc.assert(
      fc.asyncProperty(
        recordSet,
        fc.option(fc.string({ minLength: 1, maxLength: 20 })),
        fc.integer({ min: 16, max: 4_096 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.boolean(),
        async (records, passphrase, segmentSize, seed, shuffle) => {
          const lines = tableNames.flatMap((t) => records[t].map((r) => [t, r] as const));
          if (shuffle) {
            const random = seeded(seed);
            for (let i = lines.length - 1; i > 0; i--) {
              const j = Math.floor(random() * (i + 1));
              [lines[i], lines[j]] = [lines[j] as (typeof lines)[number], lines[i] as (typeof lines)[number]];
            }
          }
          const { bytes, trailer } = await writePackage(records, {
            passphrase: passphrase ?? undefined,
            segmentSize,
            order: lines,
            scope: { kind: 'full', tables: [...tableNames], confidential: false },
          });
          const random = seeded(seed);
          const read = await readAll(
            pieces(bytes, () => 1 + Math.floor(random() * 2_000)),
            {
              passphrase: passphrase ?? undefined,
              // Whatever the package leaves out, this machine holds.
              exists: async (_table, ids) => new Set(ids),
            },
          );
          for (const table of tableNames) {
            const written = lines.filter(([t]) => t === table).map(([, r]) => r);
            expect(read.records[table] ?? []).toEqual(written);
            expect(read.trailer.counts[table]).toBe(written.length);
          }
          expect(read.trailer).toEqual(trailer);
        },
      ),
      { numRuns: 50 },
    );
  }, 60_000);
});
