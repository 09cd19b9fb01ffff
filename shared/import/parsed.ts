// Result of parsing one cell. Reasons are machine-readable; the UI translates them.

export const valueReasons = [
  /** Nothing in the cell. */
  'empty',
  'not_a_number',
  /** '1,5' or '1 234,50': a comma where a decimal point may be meant. Only '.' is a decimal point. */
  'ambiguous_number',
  /** Zero or negative where only a positive number makes sense (quantity). */
  'not_positive',
  /** A quantity below the smallest step of a unit (0.001): it would make a line worth nothing. */
  'below_step',
  /** Negative money or discount. */
  'negative',
  'too_large',
  /** More decimals than the currency has (¥1.234) or than a basis point can hold (13.555%). */
  'too_many_decimals',
  /** The cell names another currency than the row's ('USD 12', '$12' where the amounts are in CNY). */
  'currency_mismatch',
  /** Outside what the field allows (tax rate over 100 %, discount over 100 %). */
  'out_of_range',
  'not_a_date',
  /** A date that does not exist: 2026-02-30, 13/13/2026, 25:00. */
  'impossible_date',
  /** Year before 2000 or after 2100 (usually a typo or a wrong date order). */
  'year_out_of_range',
  /** 03/04/2026 with no date order chosen: 3 April or March 4? */
  'ambiguous_date',
  'unknown_priority',
  /** Not a currency code or a word naming one currency ('USD', '人民币'); '$' alone could be any dollar. */
  'unknown_currency',
  'unknown_segment',
] as const;

export type ValueReason = (typeof valueReasons)[number];

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ValueReason };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(reason: ValueReason): Parsed<T> => ({ ok: false, reason });
