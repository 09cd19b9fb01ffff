import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdSet } from '../../../shared/package/id-set';

// The package reader's set of seen ids answers exactly as a Set of strings would, for UUIDs (kept as
// bytes) and anything else (kept as strings), through the table's growth.

const uuid = fc.uuid().map((u) => u.toLowerCase());
const anyId = fc.oneof(
  uuid,
  uuid.map((u) => u.toUpperCase()),
  fc.string({ maxLength: 40 }),
);

describe('the reader’s id set', () => {
  it('answers as a Set would, for any mix of adds and lookups', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), anyId), { maxLength: 400 }), (steps) => {
        const ids = createIdSet();
        const model = new Set<string>();
        for (const [add, id] of steps) {
          if (add) {
            ids.add(id);
            model.add(id);
          }
          expect(ids.has(id)).toBe(model.has(id));
        }
        expect(ids.size).toBe(model.size);
        for (const id of model) expect(ids.has(id)).toBe(true);
      }),
    );
  });

  it('holds ten thousand ids that differ in one hex digit each, and finds no other', () => {
    const ids = createIdSet();
    const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    for (let n = 0; n < 10_000; n++) ids.add(id(n * 2));
    expect(ids.size).toBe(10_000);
    for (let n = 0; n < 20_000; n++) expect(ids.has(id(n)), id(n)).toBe(n % 2 === 0);
  });
});
