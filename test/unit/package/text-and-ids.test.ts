import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../shared/package';
import type { TableName } from '../../../shared/schema/tables';
import {
  bytesOf,
  CUSTOMER,
  headerWith,
  officeLines,
  type Rec,
  STAFF,
  TABLES,
} from '../../fixtures/packages/corpus-office';

// What a package brings is read as the forms would save it: names without bidirectional controls (the
// machine's name too, which the preview puts in a sentence) and ids in lower case, so an id written in
// upper case is the record this machine holds, not a stranger.

const read = async (
  bytes: Uint8Array,
  exists?: (table: TableName, ids: string[]) => Promise<Set<string>>,
) => {
  const records: [TableName, Rec][] = [];
  const result = await readPackage(bytes, {
    maxSchemaVersion: 20261128,
    ...(exists ? { exists } : {}),
    onRecord: (table, record) => {
      records.push([table, record]);
    },
  });
  return { ...result, records };
};

describe('text and ids a package brings', () => {
  it('drops bidirectional controls from the sending machine’s name and from record names', async () => {
    const header = headerWith((h) => {
      (h.source as Rec).machineName = '\u202e台前\u202c';
    });
    const lines = officeLines({
      table: 'customers',
      change: (r) => ({ ...r, name: '\u2067北京华信\u2069' }),
    });
    const { header: read_, records } = await read(await bytesOf({ header, lines }));
    expect(read_.source.machineName).toBe('台前');
    expect(records.find(([t]) => t === 'customers')?.[1].name).toBe('北京华信');
  });

  it('reads ids and references in upper case as the lower-case ids this machine holds', async () => {
    const lines = officeLines({ table: 'staff', change: () => '' })
      .filter((line) => line !== '')
      .map((line) =>
        line.startsWith('{"t":"orders"')
          ? line.replace(`"customerId":"${CUSTOMER}"`, `"customerId":"${CUSTOMER.toUpperCase()}"`)
          : line,
      );
    const header = headerWith((h) => {
      (h.scope as Rec).tables = TABLES.filter((t) => t !== 'staff');
    });
    const asked: [TableName, string[]][] = [];
    const { records } = await read(await bytesOf({ header, lines }), async (table, ids) => {
      asked.push([table, ids]);
      return new Set(ids.filter((id) => id === STAFF));
    });
    // The customer in the package satisfies the upper-case reference; only the staff member is asked for.
    expect(asked).toEqual([['staff', [STAFF]]]);
    expect(records.find(([t]) => t === 'orders')?.[1].customerId).toBe(CUSTOMER);
  });
});
