import {
  type AbcClass,
  abcSegments,
  RFM_SEGMENTS,
  type RfmRow,
  rfmScores,
} from '../../shared/insights/segments';
import { type Customer, customerSegments } from '../../shared/schema/customer';
import { type AnalysisRates, loadAnalysisRates, toOfficeCurrency, withoutRate } from './analysis-rates';
import {
  convertedFigures,
  type Figures,
  figuresByCurrency,
  monthIndex,
  monthOf,
  monthsFrom,
} from './analysis-rollups';
import type { SalesDeskDb } from './database';
import { loadOfficeSettings } from './office-settings';

// What the analysis screen shows for a period: revenue by month, customer, product, segment and region,
// ABC classes and RFM scores — one view per currency, never an amount of one currency added to another's.
// Everything is read from the revenue rollups kept on every order write (rules/rollups.ts), by key range
// over the period's months: the cost is months × customers (or products) with sales, never the orders.
// A converted view (every currency in the office currency) exists only when the manager has set a rate
// for each currency of the period, and it names the rates it used.

export const analysisPeriods = ['last12', 'thisYear', 'lastYear', 'all'] as const;
export type AnalysisPeriod = (typeof analysisPeriods)[number];

/** Months YYYY-MM, both ends included. */
export interface MonthRange {
  from: string;
  to: string;
}

/** Customers, products and regions shown by name; the rest are added up as "others". */
export const TOP = 10;

/** One bar of a breakdown: a customer, product, segment or region, its orders (lines, for products) and amount. */
export interface Share {
  id: string;
  /** The customer's or product's name, the region's text; '' for a segment (the screen translates it). */
  name: string;
  count: number;
  amount: number;
}

/** The bars shown by name, and what the rest add up to (null when nothing is left over). */
export interface Breakdown {
  top: Share[];
  others: { items: number; count: number; amount: number } | null;
}

export type SegmentId = Customer['segment'] | 'unknown';

export interface RevenueView {
  /** ISO code; for the converted view, the office currency. */
  currency: string;
  converted: boolean;
  byMonth: { month: string; orders: number; amount: number }[];
  orders: number;
  amount: number;
  customers: Breakdown;
  products: Breakdown;
  /** Every segment with sales, in the segments' own order ('unknown': a customer no longer on file). */
  segments: (Share & { id: SegmentId; customers: number })[];
  /** By region text ('' for customers with none). */
  regions: Breakdown;
  abc: { class: AbcClass; customers: number; amount: number; share: number | null }[];
  rfm: {
    counts: { segment: (typeof RFM_SEGMENTS)[number]; customers: number }[];
    /** The customers with the most sales, with their scores. */
    top: (RfmRow & { name: string })[];
  };
}

export interface Analysis {
  period: AnalysisPeriod;
  range: MonthRange;
  officeCurrency: string;
  rates: AnalysisRates;
  /** Every currency with sales at any time, office currency first (what a rate can be set for). */
  currencies: string[];
  /** One per currency with sales in the period, office currency first. */
  views: RevenueView[];
  /** Everything in the office currency, at the rates set; null without a rate for each currency. */
  converted: RevenueView | null;
  /** Currencies of the period without a rate: why there is no converted view. */
  missingRates: string[];
}

/** The months a period covers, as of `asOf` (months in this computer's time zone). */
export function periodRange(period: AnalysisPeriod, asOf: Date, firstMonth: string | null): MonthRange {
  const now = monthOf(asOf);
  const year = asOf.getFullYear();
  if (period === 'thisYear') return { from: `${year}-01`, to: now };
  if (period === 'lastYear') return { from: `${year - 1}-01`, to: `${year - 1}-12` };
  if (period === 'all') return { from: firstMonth && firstMonth < now ? firstMonth : now, to: now };
  return { from: monthsFrom(now, -11), to: now };
}

const HIGH = '\uffff';
const rollupRows = (db: SalesDeskDb, prefix: string, range: MonthRange) =>
  db.stats.where('key').between(`${prefix}:${range.from}`, `${prefix}:${range.to}${HIGH}`).toArray();

/** Largest amount first, ties by id, so the same figures always give the same bars. */
const byAmount = (a: Share, b: Share) => b.amount - a.amount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function topWithOthers(shares: Share[]): Breakdown {
  const sorted = [...shares].sort(byAmount);
  const rest = sorted.slice(TOP);
  return {
    top: sorted.slice(0, TOP),
    others:
      rest.length === 0
        ? null
        : {
            items: rest.length,
            count: rest.reduce((sum, s) => sum + s.count, 0),
            amount: rest.reduce((sum, s) => sum + s.amount, 0),
          },
  };
}

interface Names {
  customers: Map<string, { name: string; segment: Customer['segment']; region: string } | undefined>;
  products: Map<string, string | undefined>;
}

function revenueView(
  figures: Figures,
  currency: string,
  converted: boolean,
  range: MonthRange,
  names: Names,
) {
  const byMonth = [];
  for (let month = range.from; month <= range.to; month = monthsFrom(month, 1)) {
    const tally = figures.months.get(month);
    byMonth.push({ month, orders: tally?.count ?? 0, amount: tally?.amount ?? 0 });
  }
  const customers = [...figures.customers].map(([id, t]) => ({ id, ...t, who: names.customers.get(id) }));
  const bySegment = new Map<SegmentId, Share & { id: SegmentId; customers: number }>();
  const byRegion = new Map<string, Share>();
  for (const c of customers) {
    const segment = c.who?.segment ?? 'unknown';
    const s = bySegment.get(segment) ?? { id: segment, name: '', count: 0, amount: 0, customers: 0 };
    bySegment.set(segment, {
      ...s,
      count: s.count + c.count,
      amount: s.amount + c.amount,
      customers: s.customers + 1,
    });
    const region = c.who?.region ?? '';
    const r = byRegion.get(region) ?? { id: region, name: region, count: 0, amount: 0 };
    byRegion.set(region, { ...r, count: r.count + c.count, amount: r.amount + c.amount });
  }

  const abc = abcSegments(customers.map((c) => ({ id: c.id, amount: c.amount })));
  const positive = customers.reduce((sum, c) => sum + Math.max(0, c.amount), 0);
  const buyers = customers.filter((c) => c.count > 0);
  const rfm = rfmScores(
    buyers.map((c) => ({
      id: c.id,
      lastMonthIndex: monthIndex(c.lastMonth),
      orders: c.count,
      amount: c.amount,
    })),
    monthIndex(range.to),
  );
  const nameOf = (id: string) => names.customers.get(id)?.name ?? '';
  return {
    currency,
    converted,
    byMonth,
    orders: byMonth.reduce((sum, m) => sum + m.orders, 0),
    amount: byMonth.reduce((sum, m) => sum + m.amount, 0),
    customers: topWithOthers(
      customers.map((c) => ({ id: c.id, name: nameOf(c.id), count: c.count, amount: c.amount })),
    ),
    products: topWithOthers(
      [...figures.products].map(([id, t]) => ({ id, name: names.products.get(id) ?? '', ...t })),
    ),
    segments: [...customerSegments, 'unknown' as const].flatMap((id) => bySegment.get(id) ?? []),
    regions: topWithOthers([...byRegion.values()]),
    abc: (['A', 'B', 'C'] as const).map((klass) => ({
      class: klass,
      customers: abc.totals[klass].count,
      amount: abc.totals[klass].amount,
      share: positive > 0 ? abc.totals[klass].amount / positive : null,
    })),
    rfm: {
      counts: RFM_SEGMENTS.map((segment) => ({
        segment,
        customers: rfm.filter((row) => row.segment === segment).length,
      })),
      top: [...rfm]
        .sort((a, b) => b.monetary - a.monetary || (a.id < b.id ? -1 : 1))
        .slice(0, TOP)
        .map((row) => ({ ...row, name: nameOf(row.id) })),
    },
  } satisfies RevenueView;
}

/** Names, segments and regions of the customers and products in the rows, and only of those. */
async function loadNames(db: SalesDeskDb, figures: Iterable<Figures>): Promise<Names> {
  const customerIds = new Set<string>();
  const productIds = new Set<string>();
  for (const f of figures) {
    for (const id of f.customers.keys()) customerIds.add(id);
    for (const id of f.products.keys()) productIds.add(id);
  }
  const [customers, products] = await Promise.all([
    db.customers.bulkGet([...customerIds]),
    db.products.bulkGet([...productIds]),
  ]);
  return {
    customers: new Map(
      [...customerIds].map((id, i) => {
        const c = customers[i];
        return [id, c && { name: c.name, segment: c.segment, region: c.region.trim() }];
      }),
    ),
    products: new Map([...productIds].map((id, i) => [id, products[i]?.name])),
  };
}

/** Office currency first, then by code: the order every list of currencies takes. */
const currencyOrder = (office: string) => (a: string, b: string) =>
  a === office ? -1 : b === office ? 1 : a < b ? -1 : a > b ? 1 : 0;

/** Everything the analysis screen shows for one period. */
export async function loadAnalysis(
  db: SalesDeskDb,
  period: AnalysisPeriod,
  asOf = new Date(),
): Promise<Analysis> {
  const [settings, rates, everyMonth] = await Promise.all([
    loadOfficeSettings(db),
    loadAnalysisRates(db),
    // Months × currencies: a few dozen rows, for the currencies and the first month.
    db.stats.where('key').startsWith('rv:').toArray(),
  ]);
  const office = settings.currency;
  const sales = figuresByCurrency(everyMonth, [], []);
  const firstMonth = [...sales.values()].flatMap((f) => [...f.months.keys()]).sort()[0] ?? null;
  const range = periodRange(period, asOf, firstMonth);
  const [rv, rc, rp] = await Promise.all(['rv', 'rc', 'rp'].map((prefix) => rollupRows(db, prefix, range)));
  const byCurrency = figuresByCurrency(rv ?? [], rc ?? [], rp ?? []);
  const inPeriod = [...byCurrency.keys()].sort(currencyOrder(office));
  const missingRates = withoutRate(inPeriod, office, rates);
  const convertible = inPeriod.some((c) => c !== office) && missingRates.length === 0;
  const converted = convertible ? convertedFigures(byCurrency, toOfficeCurrency(office, rates)) : null;

  const names = await loadNames(db, byCurrency.values());
  return {
    period,
    range,
    officeCurrency: office,
    rates,
    currencies: [...sales.keys()].sort(currencyOrder(office)),
    views: inPeriod.map((c) => revenueView(byCurrency.get(c) as Figures, c, false, range, names)),
    converted: converted && revenueView(converted, office, true, range, names),
    missingRates,
  };
}
