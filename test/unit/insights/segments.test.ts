import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcSegments, RFM_SEGMENTS, rfmScores, rfmSegment } from '../../../shared/insights/segments';

// Customer segments on the analysis screen: ABC classes by share of sales, and RFM scores and labels.

describe('ABC classes', () => {
  it('rank by amount and keep the customer that crosses 80% in A', () => {
    const { rows, totals } = abcSegments([
      { id: 'g', amount: -20 },
      { id: 'c', amount: 100 },
      { id: 'a', amount: 500 },
      { id: 'f', amount: 0 },
      { id: 'e', amount: 40 },
      { id: 'b', amount: 300 },
      { id: 'd', amount: 60 },
    ]);
    // Of 1000 positive: a 50%, b reaches 80% (before it 50%: A), c starts at 80% (B), e starts at 96% (C).
    expect(rows.map((r) => [r.id, r.class, r.cumulativeShare])).toEqual([
      ['a', 'A', 0.5],
      ['b', 'A', 0.8],
      ['c', 'B', 0.9],
      ['d', 'B', 0.96],
      ['e', 'C', 1],
      ['f', 'C', 1],
      ['g', 'C', 1],
    ]);
    expect(rows.map((r) => r.share)).toEqual([0.5, 0.3, 0.1, 0.06, 0.04, 0, 0]);
    expect(totals).toEqual({
      A: { count: 2, amount: 800 },
      B: { count: 2, amount: 160 },
      C: { count: 3, amount: 20 },
    });
  });

  it('lets A hold more than 80% rather than less', () => {
    const { rows } = abcSegments([
      { id: 'x', amount: 700 },
      { id: 'y', amount: 200 },
      { id: 'z', amount: 100 },
    ]);
    expect(rows.map((r) => r.class)).toEqual(['A', 'A', 'B']);
  });

  it('breaks ties by id, whatever the input order', () => {
    const ids = (values: { id: string; amount: number }[]) => abcSegments(values).rows.map((r) => r.id);
    const tied = [
      { id: 'm', amount: 5 },
      { id: 'b', amount: 5 },
      { id: 'k', amount: 9 },
    ];
    expect(ids(tied)).toEqual(['k', 'b', 'm']);
    expect(ids([...tied].reverse())).toEqual(['k', 'b', 'm']);
  });

  it('takes other cut points', () => {
    const values = [10, 10, 10, 10, 10].map((amount, i) => ({ id: `c${i}`, amount }));
    expect(abcSegments(values, { a: 0.5, b: 0.7 }).rows.map((r) => r.class)).toEqual([
      'A',
      'A',
      'A',
      'B',
      'C',
    ]);
    expect(() => abcSegments(values, { a: 0.9, b: 0.8 })).toThrow(RangeError);
    expect(() => abcSegments([{ id: 'x', amount: Number.NaN }])).toThrow(RangeError);
  });

  it('puts everyone in C when nothing was sold, without NaN', () => {
    const { rows, totals } = abcSegments([
      { id: 'a', amount: 0 },
      { id: 'b', amount: 0 },
    ]);
    expect(rows).toEqual([
      { id: 'a', amount: 0, class: 'C', share: 0, cumulativeShare: 0 },
      { id: 'b', amount: 0, class: 'C', share: 0, cumulativeShare: 0 },
    ]);
    expect(totals.C).toEqual({ count: 2, amount: 0 });
    expect(abcSegments([])).toEqual({
      rows: [],
      totals: { A: { count: 0, amount: 0 }, B: { count: 0, amount: 0 }, C: { count: 0, amount: 0 } },
    });
  });

  it('partitions any input, with A the smallest top group holding at least 80% of positive sales', () => {
    const customers = fc.uniqueArray(
      fc.record({
        id: fc.string({ maxLength: 4 }),
        amount: fc.oneof(fc.constant(0), fc.integer({ min: -1_000, max: 10 ** 9 })),
      }),
      { selector: (c) => c.id, maxLength: 40 },
    );
    fc.assert(
      fc.property(customers, (values) => {
        const { rows, totals } = abcSegments(values);
        expect(rows.map((r) => r.id).sort()).toEqual(values.map((v) => v.id).sort());
        const count = totals.A.count + totals.B.count + totals.C.count;
        expect(count).toBe(values.length);
        const sum = values.reduce((s, v) => s + v.amount, 0);
        expect(totals.A.amount + totals.B.amount + totals.C.amount).toBe(sum);
        for (const row of rows) {
          expect(Number.isFinite(row.share) && Number.isFinite(row.cumulativeShare)).toBe(true);
          if (row.amount <= 0) expect(row.class).toBe('C');
        }
        // Ranked: classes in order A…B…C, amounts descending.
        expect(rows.map((r) => r.class).join('')).toMatch(/^A*B*C*$/);
        for (let i = 1; i < rows.length; i++)
          expect(rows[i - 1]?.amount).toBeGreaterThanOrEqual(rows[i]?.amount ?? 0);

        const positive = values.reduce((s, v) => s + Math.max(0, v.amount), 0);
        if (positive === 0) {
          expect(count).toBe(totals.C.count);
          return;
        }
        const a = rows.filter((r) => r.class === 'A');
        const smallestA = a.at(-1)?.amount ?? 0;
        expect(totals.A.amount / positive).toBeGreaterThanOrEqual(0.8);
        expect((totals.A.amount - smallestA) / positive).toBeLessThan(0.8);
        expect((totals.A.amount + totals.B.amount) / positive).toBeGreaterThanOrEqual(0.95);
        expect(rows.at(-1)?.cumulativeShare).toBe(1);
      }),
    );
  });
});

describe('RFM scores', () => {
  it('score five distinct customers 5 to 1, the most recent, frequent and largest highest', () => {
    const rows = [0, 1, 2, 3, 4].map((i) => ({
      id: `c${i}`,
      lastMonthIndex: 100 - i,
      orders: 10 - i,
      amount: 5_000 - 1_000 * i,
    }));
    const scored = rfmScores(rows, 100);
    expect(scored.map((s) => [s.recency, s.r, s.f, s.m])).toEqual([
      [0, 5, 5, 5],
      [1, 4, 4, 4],
      [2, 3, 3, 3],
      [3, 2, 2, 2],
      [4, 1, 1, 1],
    ]);
    expect(scored[0]).toMatchObject({ id: 'c0', frequency: 10, monetary: 5_000, segment: 'champions' });
    expect(scored[4]?.segment).toBe('lost');
  });

  it('use quintiles: ten distinct customers give each score twice', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      id: `c${i}`,
      lastMonthIndex: i,
      orders: i,
      amount: i,
    }));
    const scored = rfmScores(rows, 20);
    expect(scored.map((s) => s.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(scored.map((s) => s.r)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('give ties the same score, and a population of equals the middle score', () => {
    const same = (id: string) => ({ id, lastMonthIndex: 7, orders: 3, amount: 900 });
    expect(rfmScores([same('a'), same('b'), same('c')], 9).map((s) => [s.r, s.f, s.m, s.segment])).toEqual(
      Array(3).fill([3, 3, 3, 'others']),
    );
    expect(rfmScores([same('only')], 9)[0]).toMatchObject({ recency: 2, r: 3, f: 3, m: 3 });
    expect(rfmScores([], 9)).toEqual([]);
  });

  it('count an order dated after the current month as this month', () => {
    expect(rfmScores([{ id: 'a', lastMonthIndex: 12, orders: 1, amount: 1 }], 10)[0]?.recency).toBe(0);
  });

  it('label by the documented rules', () => {
    expect(rfmSegment(5, 5, 4)).toBe('champions');
    expect(rfmSegment(3, 5, 1)).toBe('loyal');
    expect(rfmSegment(4, 4, 1)).toBe('loyal');
    expect(rfmSegment(5, 1, 2)).toBe('new');
    expect(rfmSegment(2, 3, 1)).toBe('atRisk');
    expect(rfmSegment(1, 1, 5)).toBe('atRisk');
    expect(rfmSegment(1, 2, 3)).toBe('lost');
    expect(rfmSegment(2, 2, 2)).toBe('others');
    expect(rfmSegment(3, 3, 3)).toBe('others');
  });

  it('score any population 1–5, never lower for a better value, equal for equal values', () => {
    const row = fc.record({
      id: fc.string({ maxLength: 3 }),
      lastMonthIndex: fc.integer({ min: 0, max: 30 }),
      orders: fc.integer({ min: 1, max: 20 }),
      amount: fc.integer({ min: -500, max: 10 ** 9 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const scored = rfmScores(rows, 24);
        expect(scored.map((s) => s.id)).toEqual(rows.map((r) => r.id));
        for (const s of scored) {
          for (const score of [s.r, s.f, s.m]) expect([1, 2, 3, 4, 5]).toContain(score);
          expect(RFM_SEGMENTS).toContain(s.segment);
          expect(s.recency).toBeGreaterThanOrEqual(0);
        }
        for (const x of scored)
          for (const y of scored) {
            if (x.recency <= y.recency) expect(x.r).toBeGreaterThanOrEqual(y.r);
            if (x.frequency >= y.frequency) expect(x.f).toBeGreaterThanOrEqual(y.f);
            if (x.monetary >= y.monetary) expect(x.m).toBeGreaterThanOrEqual(y.m);
          }
      }),
    );
  });
});
