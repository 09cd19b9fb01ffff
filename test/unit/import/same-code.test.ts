import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ImportPlan, planOrderLinesImport, type SameCodeChoice } from '../../../shared/import/plan';
import type { Cell } from '../../../shared/import/table';
import { planInput } from './plan-helpers';

// One code with two names, as real sales exports have them: a product renamed between years, a
// customer whose name was spelt two ways, two products a source system filed under one ID.

const headers = [
  'Order ID',
  'Customer ID',
  'Customer Name',
  'Product ID',
  'Product Name',
  'Quantity',
  'Sales',
];
const rows: Cell[][] = [
  [
    'CA-2016-152156',
    'CG-12520',
    'Claire Gute',
    'FUR-BO-10001798',
    'Bush Somerset Collection Bookcase',
    2,
    '261.96',
  ],
  [
    'CA-2016-152157',
    'DV-13045',
    'Darrin Van Huff',
    'OFF-LA-10000240',
    'Self-Adhesive Address Labels for Typewriters by Universal',
    2,
    '14.62',
  ],
  [
    'CA-2017-108966',
    'CG-12520',
    'Claire  Gute-Miller',
    'FUR-BO-10001798',
    'Bush Somerset Collection Bookcase, Fully Assembled',
    5,
    '957.58',
  ],
  [
    'CA-2017-108967',
    'SO-20335',
    "Sean O'Donnell",
    'fur-bo-10001798',
    'Bush Somerset Collection Bookcase',
    1,
    '130.98',
  ],
  [
    'CA-2018-115812',
    'BH-11710',
    'Brosina Hoffman',
    'FUR-BO-10001798',
    'BUSH SOMERSET COLLECTION BOOKCASE, fully assembled',
    1,
    '191.52',
  ],
  [
    'CA-2018-115813',
    'BH-11710',
    'Brosina Hoffman',
    'OFF-LA-10000240',
    'Self-Adhesive Address Labels for Typewriters by Universal',
    3,
    '21.93',
  ],
];

const plan = (choice?: SameCodeChoice, cells: Cell[][] = rows): ImportPlan =>
  planOrderLinesImport(
    planInput(headers, cells, choice ? { sameCode: { customers: choice, products: choice } } : {}),
  );

describe('one code, several names', () => {
  it('reports every such code with its names and rows, for products and customers alike', () => {
    const result = plan();
    expect(result.sameCode.products).toEqual([
      {
        code: 'FUR-BO-10001798',
        names: [
          { name: 'Bush Somerset Collection Bookcase', rows: [2, 5] },
          { name: 'Bush Somerset Collection Bookcase, Fully Assembled', rows: [4, 6] },
        ],
      },
    ]);
    // 'Claire  Gute-Miller' is a different name; case and spacing alone are not. Names show as written.
    expect(result.sameCode.customers).toEqual([
      {
        code: 'CG-12520',
        names: [
          { name: 'Claire Gute', rows: [2] },
          { name: 'Claire  Gute-Miller', rows: [4] },
        ],
      },
    ]);
    expect(result.rejected).toEqual([]);
  });

  it('keeps the first name unless told otherwise', () => {
    const result = plan('first');
    expect(result.newProducts.map((p) => [p.sku, p.name, p.sourceRows])).toEqual([
      ['FUR-BO-10001798', 'Bush Somerset Collection Bookcase', [2, 4, 5, 6]],
      ['OFF-LA-10000240', 'Self-Adhesive Address Labels for Typewriters by Universal', [3, 7]],
    ]);
    expect(plan().newProducts).toEqual(result.newProducts);
    expect(result.newCustomers.find((c) => c.code === 'CG-12520')?.name).toBe('Claire Gute');
  });

  it('keeps the name of the last row that gives the code', () => {
    const result = plan('latest');
    expect(result.newProducts[0]).toMatchObject({
      sku: 'FUR-BO-10001798',
      name: 'Bush Somerset Collection Bookcase, Fully Assembled',
      sourceRows: [2, 4, 5, 6],
    });
    expect(result.newCustomers.find((c) => c.code === 'CG-12520')?.name).toBe('Claire  Gute-Miller');
    // The row in between (row 5, the first name again) does not make the first name the latest.
    const rows5 = [...rows, [...(rows[3] as Cell[])].map((c, i) => (i === 0 ? 'CA-2018-999' : c))];
    expect(plan('latest', rows5).newProducts[0]?.name).toBe('Bush Somerset Collection Bookcase');
  });

  it('makes one record per name, the later ones under the code with a free suffix', () => {
    const taken: Cell[] = [
      'CA-2018-200001',
      'ZC-1',
      'Zuschuss Carroll',
      'FUR-BO-10001798-2',
      'Bretford Table',
      1,
      '99.00',
    ];
    const result = plan('separate', [...rows, taken]);
    expect(result.rejected).toEqual([]);
    expect(result.newProducts.map((p) => [p.sku, p.name, p.sourceRows])).toEqual([
      ['FUR-BO-10001798', 'Bush Somerset Collection Bookcase', [2, 5]],
      ['OFF-LA-10000240', 'Self-Adhesive Address Labels for Typewriters by Universal', [3, 7]],
      ['FUR-BO-10001798-3', 'Bush Somerset Collection Bookcase, Fully Assembled', [4, 6]],
      ['FUR-BO-10001798-2', 'Bretford Table', [8]],
    ]);
    expect(
      result.newCustomers.filter((c) => c.code.startsWith('CG-12520')).map((c) => [c.code, c.name]),
    ).toEqual([
      ['CG-12520', 'Claire Gute'],
      ['CG-12520-2', 'Claire  Gute-Miller'],
    ]);
    // Each line points at the record of its own row's name.
    const refOf = (row: number) =>
      result.orders.flatMap((o) => o.lines).find((l) => l.sourceRow === row)?.productRef;
    expect(refOf(4)).toEqual(refOf(6));
    expect(refOf(4)).not.toEqual(refOf(2));
  });

  it('matches a row by its own code when its name is shared by several stored products', () => {
    const existing = {
      customers: [],
      products: [
        { id: 'p-a', sku: 'OLD-1', name: 'Staples', unitPrice: 500, taxRate: 1300, unit: 'box' },
        { id: 'p-b', sku: 'OLD-2', name: 'Staples', unitPrice: 650, taxRate: 1300, unit: 'box' },
        {
          id: 'p-c',
          sku: 'OLD-3',
          name: 'Eldon Base for Stackable Storage Shelf',
          unitPrice: 7764,
          taxRate: 1300,
          unit: 'pcs',
        },
      ],
      orderNumbers: new Set<string>(),
    };
    const result = planOrderLinesImport(
      planInput(
        headers,
        [
          ['US-2015-108966', 'SO-20335', "Sean O'Donnell", 'OFF-FA-10000304', 'Staples', 7, '19.46'],
          [
            'US-2015-108967',
            'SO-20335',
            "Sean O'Donnell",
            'OFF-ST-10000760',
            'Eldon Base for Stackable Storage Shelf',
            2,
            '155.28',
          ],
          ['US-2015-108968', 'SO-20335', "Sean O'Donnell", 'OLD-2', 'Staples (100 pack)', 1, '6.50'],
          ['US-2015-108969', 'SO-20335', "Sean O'Donnell", '', 'Staples', 1, '2.78'],
        ],
        { existing },
      ),
    );
    const refOf = (row: number) =>
      result.orders.flatMap((o) => o.lines).find((l) => l.sourceRow === row)?.productRef;
    // A new product under the file's code, not a refusal for the two stored 'Staples'.
    expect(result.newProducts.map((p) => [p.sku, p.name])).toEqual([['OFF-FA-10000304', 'Staples']]);
    expect(refOf(2)).toEqual({ kind: 'new', tempId: 'new-product-1' });
    // A unique stored name still matches a new code; a stored code wins over the name.
    expect(refOf(3)).toEqual({ kind: 'existing', id: 'p-c' });
    expect(refOf(4)).toEqual({ kind: 'existing', id: 'p-b' });
    // Without a code the name alone cannot say which stored 'Staples' it is.
    expect(result.rejected.map((r) => [r.row, r.field, r.reason])).toEqual([
      [5, 'product', 'product_ambiguous'],
    ]);
  });
});

describe('one code, several names: properties', () => {
  const codes = ['P-1', 'p-1', 'P-2', 'P-1-2'];
  const names = ['Bookcase', 'bookcase', 'Bookcase, assembled', 'Chair', ''];
  const rowArb = fc.tuple(
    fc.constantFrom(...codes),
    fc.constantFrom(...names),
    fc.integer({ min: 1, max: 9 }),
  );

  it('every row is placed; first and latest make one record per code, separate one per code and name', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<SameCodeChoice>('first', 'latest', 'separate'),
        (cells, choice) => {
          const file: Cell[][] = cells.map(([code, name, qty], i) => [
            `O-${i}`,
            'C-1',
            'Acme',
            code,
            name,
            qty,
            '10.00',
          ]);
          const result = plan(choice, file);
          const lines = result.orders.flatMap((o) => o.lines);
          expect(lines.length + new Set(result.rejected.map((r) => r.row)).size).toBe(file.length);
          const skus = result.newProducts.map((p) => p.sku.toLowerCase());
          expect(new Set(skus).size).toBe(skus.length);
          const named = new Map<string, Set<string>>();
          for (const [code, name] of cells) {
            if (name === '') continue;
            const set = named.get(code.toLowerCase()) ?? new Set();
            set.add(name.toLowerCase());
            named.set(code.toLowerCase(), set);
          }
          const reported = result.sameCode.products.map((c) => c.code.toLowerCase()).sort();
          expect(reported).toEqual(
            [...named]
              .filter(([, set]) => set.size > 1)
              .map(([code]) => code)
              .sort(),
          );
          const expected =
            choice === 'separate' ? [...named.values()].reduce((sum, set) => sum + set.size, 0) : named.size;
          expect(result.newProducts).toHaveLength(expected);
        },
      ),
    );
  });
});
