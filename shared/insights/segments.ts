// Customer segments for the analysis screen: ABC by share of sales, and RFM scores with a plain label.
// Amounts are integer minor units of ONE currency: the caller segments each currency on its own.

export type AbcClass = 'A' | 'B' | 'C';

export interface AbcRow {
  id: string;
  amount: number;
  class: AbcClass;
  /** This customer's share of the positive total (0 for a zero or negative amount). */
  share: number;
  /** Share of the positive total of this customer and every one ranked above it. */
  cumulativeShare: number;
}

export interface AbcSegments {
  /** Ranked: largest amount first, ties by id (the same input always gives the same order). */
  rows: AbcRow[];
  /** Per class: how many customers and their amounts; the classes partition the input. */
  totals: Record<AbcClass, { count: number; amount: number }>;
}

const finite = (value: number, what: string) => {
  if (!Number.isFinite(value)) throw new RangeError(`Not ${what}: ${value}`);
  return value;
};

/**
 * ABC (Pareto) classes: A is the few customers that make `cut.a` (80%) of sales, B the next up to `cut.b`
 * (95%), C the rest. A customer is A while the share BEFORE it is below `cut.a`, so the one that crosses
 * 80% is still A (else A would hold less than 80%). Only positive amounts count: a customer that bought
 * nothing or returned more than it bought is C, and with no sales at all everyone is C.
 * Ids are expected unique (one row a customer); duplicates are ranked as separate rows.
 */
export function abcSegments(
  values: readonly { id: string; amount: number }[],
  cut: { a: number; b: number } = { a: 0.8, b: 0.95 },
): AbcSegments {
  if (!(cut.a > 0 && cut.a <= cut.b && cut.b <= 1)) throw new RangeError(`Not ABC cuts: ${cut.a}, ${cut.b}`);
  let positive = 0;
  for (const { amount } of values) if (finite(amount, 'an amount') > 0) positive += amount;
  const ranked = [...values].sort((x, y) => y.amount - x.amount || compareIds(x.id, y.id));

  const totals: AbcSegments['totals'] = {
    A: { count: 0, amount: 0 },
    B: { count: 0, amount: 0 },
    C: { count: 0, amount: 0 },
  };
  // A running sum of amounts, divided each time: summing rounded shares would drift off 1.
  let before = 0;
  const rows = ranked.map(({ id, amount }): AbcRow => {
    const shareBefore = positive > 0 ? before / positive : 0;
    const klass: AbcClass = amount <= 0 ? 'C' : shareBefore < cut.a ? 'A' : shareBefore < cut.b ? 'B' : 'C';
    if (amount > 0) before += amount;
    totals[klass].count++;
    totals[klass].amount += amount;
    return {
      id,
      amount,
      class: klass,
      share: amount > 0 ? amount / positive : 0,
      cumulativeShare: positive > 0 ? before / positive : 0,
    };
  });
  return { rows, totals };
}

/** Code-unit order, not the locale's: a ranking must not change with the language of the screen. */
const compareIds = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const RFM_SEGMENTS = ['champions', 'loyal', 'new', 'atRisk', 'lost', 'others'] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

export interface RfmRow {
  id: string;
  /** Whole months since the last order (0 = ordered this month). */
  recency: number;
  frequency: number;
  monetary: number;
  /** 1–5, 5 best: most recent, most orders, most sales. */
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
}

/**
 * Quintile scores by mid-rank: score = 1 + ⌊5 × (worse + equal ÷ 2) ÷ n⌋, where `worse` counts the rows
 * strictly worse and `equal` the rows tied with this one (itself included). Ties get the same score, and
 * a population where everyone is equal (or a single customer) scores 3 throughout: nobody is better or
 * worse than anyone, so nobody is "lost" by arithmetic. Integer arithmetic until the one division.
 */
function quintiles(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  const sorted = [...values].sort((x, y) => x - y);
  return values.map((value) => {
    const below = firstIndex(sorted, (v) => v >= value);
    const upTo = firstIndex(sorted, (v) => v > value);
    const worse = higherIsBetter ? below : n - upTo;
    return Math.min(5, 1 + Math.floor((10 * worse + 5 * (upTo - below)) / (2 * n)));
  });
}

/** The first index of an ascending array where `test` holds (binary search; `sorted.length` if none). */
function firstIndex(sorted: readonly number[], test: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(sorted[middle] ?? 0)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The label for a customer's scores; the first rule that holds wins:
 *   champions  r ≥ 4, f ≥ 4, m ≥ 4   bought lately, often and much
 *   loyal      r ≥ 3, f ≥ 4          buys often and has not stopped
 *   new        r ≥ 4, f ≤ 2          bought lately but rarely so far (first orders, or a one-off)
 *   atRisk     r ≤ 2, f ≥ 3 or m ≥ 4  was worth a lot and has gone quiet: the ones to call
 *   lost       r = 1                 quiet longest, and was never worth much
 *   others     everything else
 */
export function rfmSegment(r: number, f: number, m: number): RfmSegment {
  if (r >= 4 && f >= 4 && m >= 4) return 'champions';
  if (r >= 3 && f >= 4) return 'loyal';
  if (r >= 4 && f <= 2) return 'new';
  if (r <= 2 && (f >= 3 || m >= 4)) return 'atRisk';
  if (r === 1) return 'lost';
  return 'others';
}

/**
 * RFM scores per customer, in input order, each scored against the others in `rows` (so the population
 * is whoever the caller passes: one currency's customers with at least one order). Months are counted as
 * indexes (year × 12 + month); an order dated after `currentMonthIndex` (another machine's clock ahead)
 * counts as this month.
 */
export function rfmScores(
  rows: readonly { id: string; lastMonthIndex: number; orders: number; amount: number }[],
  currentMonthIndex: number,
): RfmRow[] {
  finite(currentMonthIndex, 'a month index');
  const recency = rows.map((row) =>
    Math.max(0, currentMonthIndex - finite(row.lastMonthIndex, 'a month index')),
  );
  const r = quintiles(recency, false);
  const f = quintiles(
    rows.map((row) => finite(row.orders, 'an order count')),
    true,
  );
  const m = quintiles(
    rows.map((row) => finite(row.amount, 'an amount')),
    true,
  );
  return rows.map((row, i) => {
    const scores = { r: r[i] ?? 3, f: f[i] ?? 3, m: m[i] ?? 3 };
    return {
      id: row.id,
      recency: recency[i] ?? 0,
      frequency: row.orders,
      monetary: row.amount,
      ...scores,
      segment: rfmSegment(scores.r, scores.f, scores.m),
    };
  });
}
