import { z } from 'zod';
import { currencyDigits } from '../../shared/rules/money';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';

// The exchange rates the manager sets for the analysis screen, kept in this machine's meta table. The app
// never fetches or guesses a rate: without one, every currency is shown apart; with one, the screen adds
// the converted amounts and says at which rate.

export const RATES_KEY = 'analysis.rates';

/** What one unit of a currency is worth in the office currency: 1 USD = 7.10 CNY is `{ USD: 7.1 }`. */
export type AnalysisRates = Readonly<Record<string, number>>;

/** A rate is kept to six decimals (0.000001), finer than any rate a person types. */
const RATE_DECIMALS = 6;
const RATE_MAX = 1_000_000;

const ratesSchema = z.record(
  z.string().regex(/^[A-Z]{3}$/),
  z
    .number()
    .positive()
    .max(RATE_MAX)
    // A rate that rounds to zero at six decimals would convert everything to nothing.
    .refine((rate) => Math.round(rate * 10 ** RATE_DECIMALS) > 0),
);

/** The rates set on this machine; none when nothing (or nothing valid) was saved. */
export async function loadAnalysisRates(db: SalesDeskDb): Promise<AnalysisRates> {
  const row = await db.meta.get(RATES_KEY);
  const parsed = ratesSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

/** Replaces the rates; a currency left out has none. Refuses a rate that is not a positive number. */
export async function saveAnalysisRates(db: SalesDeskDb, rates: AnalysisRates): Promise<AnalysisRates> {
  const valid = validate('analysisRates', ratesSchema, rates);
  await db.meta.put({ key: RATES_KEY, value: valid });
  return valid;
}

/**
 * An amount in minor units of `from` as minor units of `to` at `rate` (units of `to` per unit of `from`),
 * rounded half away from zero once. Exact: in integers, so 1,234.50 USD at 7.1 is 8,764.95 CNY, not a
 * float a cent off.
 */
export function convertMinor(minor: number, from: string, to: string, rate: number): number {
  const scaled = BigInt(Math.round(rate * 10 ** RATE_DECIMALS));
  const numerator = BigInt(minor) * scaled * 10n ** BigInt(currencyDigits(to));
  const denominator = 10n ** BigInt(RATE_DECIMALS + currencyDigits(from));
  const size = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * size + denominator) / (2n * denominator);
  return Number(numerator < 0n ? -rounded : rounded);
}

/** The currencies among `currencies` (other than the office's) that have no rate set. */
export const withoutRate = (currencies: readonly string[], office: string, rates: AnalysisRates) =>
  currencies.filter((c) => c !== office && rates[c] === undefined);

/** Converts an amount of any currency to the office currency; the office's own amounts stay as they are. */
export const toOfficeCurrency = (office: string, rates: AnalysisRates) => (minor: number, from: string) => {
  if (from === office) return minor;
  const rate = rates[from];
  // Callers convert only when every currency has a rate: a missing one is a bug, never a zero.
  if (rate === undefined) throw new Error(`No rate for ${from}`);
  return convertMinor(minor, from, office, rate);
};
