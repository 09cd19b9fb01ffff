import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOrderLinesImport } from '../../../shared/import/plan';
import type { Cell } from '../../../shared/import/table';
import { listValues, segmentOf } from '../../../shared/import/value-lists';
import { rowsOf } from './fixtures';
import { planInput } from './plan-helpers';

// A segment column from a US sales export: its own list ('Consumer', 'Corporate', 'Home Office'),
// which no row of the file may be refused for.

const headers = [
  'Order ID',
  'Customer ID',
  'Customer Name',
  'Segment',
  'Region',
  'Product Name',
  'Quantity',
  'Sales',
];
const rows: Cell[][] = [
  [
    'CA-2016-152156',
    'CG-12520',
    'Claire Gute',
    'Consumer',
    'South',
    'Bush Somerset Collection Bookcase',
    2,
    '261.96',
  ],
  [
    'CA-2016-138688',
    'DV-13045',
    'Darrin Van Huff',
    'Corporate',
    'West',
    'Self-Adhesive Address Labels',
    2,
    '14.62',
  ],
  [
    'US-2015-108966',
    'SO-20335',
    "Sean O'Donnell",
    'consumer',
    'South',
    'Bretford CR4500 Series Table',
    5,
    '957.58',
  ],
  [
    'CA-2014-115812',
    'BH-11710',
    'Brosina Hoffman',
    'Home Office',
    'West',
    'Eldon Expressions Desk Accessory',
    7,
    '48.86',
  ],
  ['CA-2014-115813', 'AA-10480', 'Andrew Allen', 'Key', 'Central', 'Newell 322', 4, '7.28'],
  ['CA-2014-115814', 'IM-15070', 'Irene Maddox', '', 'Central', 'Newell 322', 1, '1.82'],
];

describe('list columns: values the app does not know', () => {
  it('lists each distinct value with its count and what it reads as, most frequent first', () => {
    expect(listValues(rowsOf(rows), 3)).toEqual([
      { value: 'Consumer', count: 2, known: null },
      { value: 'Corporate', count: 1, known: null },
      { value: 'Home Office', count: 1, known: null },
      { value: 'Key', count: 1, known: 'key' },
    ]);
    expect(listValues(rowsOf(rows), undefined)).toEqual([]);
  });

  it('imports every row: mapped values take the chosen segment, unmapped ones the default with a warning', () => {
    const plan = planOrderLinesImport(
      planInput(headers, rows, { segmentMap: { consumer: 'regular', corporate: 'key' } }),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.orders).toHaveLength(6);
    expect(plan.newCustomers.map((c) => [c.name, c.segment, c.region])).toEqual([
      ['Claire Gute', 'regular', 'South'],
      ['Darrin Van Huff', 'key', 'West'],
      ["Sean O'Donnell", 'regular', 'South'],
      ['Brosina Hoffman', 'new', 'West'],
      ['Andrew Allen', 'key', 'Central'],
      ['Irene Maddox', 'new', 'Central'],
    ]);
    expect(plan.warnings.filter((w) => w.field === 'segment').map((w) => [w.row, w.reason, w.value])).toEqual(
      [[5, 'segment_unmapped', 'Home Office']],
    );
  });

  it('a value the app reads by itself is not overridden by a mapping', () => {
    expect(segmentOf('重点客户', { 重点客户: 'small' })).toBe('key');
    expect(segmentOf('Ｃｏｎｓｕｍｅｒ', { consumer: 'small' })).toBe('small');
    expect(segmentOf('Consumer', undefined)).toBeNull();
  });

  it('never refuses a row for its segment, whatever the column holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 20 }), (segments) => {
        const cells: Cell[][] = segments.map((s, i) => [
          `O-${i}`,
          `C-${i}`,
          `Customer ${i}`,
          s,
          '',
          'Newell 322',
          1,
          '1.82',
        ]);
        const plan = planOrderLinesImport(planInput(headers, cells));
        expect(plan.rejected.filter((r) => r.field === 'segment')).toEqual([]);
        const counted = listValues(rowsOf(cells), 3).reduce((sum, v) => sum + v.count, 0);
        expect(counted).toBe(segments.filter((s) => s.trim() !== '').length);
      }),
    );
  });
});
