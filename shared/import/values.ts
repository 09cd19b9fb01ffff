import { MONEY_MAX } from '../schema/envelope';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '../schema/order';
import { unneutraliseCell } from './csv-safety';
import { markFits, prefixMark, suffixMark } from './currency-marks';
import { normaliseWidth } from './normalise';
import { fail, ok, type Parsed } from './parsed';
import { type RoundingMode, roundDigits } from './rounding';
import type { Cell } from './table';

// Cell value parsers. Each returns { ok, value } or { ok: false, reason } (reasons in parsed.ts).
//
// Number convention: '.' is the only decimal point. ',' (also full-width '，'), spaces and "'" are
// accepted only as thousands separators in groups of exactly three digits ('1,234.50', '1 234.50').
// Anything else with a comma ('1,5', '1 234,50') is refused as 'ambiguous_number' rather than guessed:
// reading 1,5 as fifteen or as one and a half would both silently be wrong for some users.
// Full-width digits and signs are accepted (NFKC). A leading "'" that our CSV export added to
// neutralise a formula is stripped.

export type { DateOrder, DateTime } from './dates';
export { guessDateOrder, parseDate, parseDateTime } from './dates';
export type { Parsed, ValueReason } from './parsed';

interface Decimal {
  negative: boolean;
  /** Integer digits, no sign, no separators ('' for .5). */
  int: string;
  /** Fraction digits ('' when none). */
  frac: string;
}

/** Text of a plain number, without float noise (0.1 + 0.2 → '0.3') and without exponent. */
export function numberText(n: number): string {
  const clean = Number(n.toPrecision(15));
  return clean.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Text of a cell for text fields: numbers without float noise, strings trimmed and un-neutralised. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberText(cell) : '';
  return unneutraliseCell(cell.trim()).trim();
}

const groupedPatterns = [
  /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/,
  /^\d{1,3}(?: \d{3})+(?:\.\d*)?$/,
  /^\d{1,3}(?:'\d{3})+(?:\.\d*)?$/,
];
const plainPattern = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Sign and parentheses: '-12', '−12', '(12)', '+12'. */
function splitSign(text: string): { negative: boolean; body: string } {
  let body = text;
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  if (/^[-−]/.test(body)) {
    negative = !negative;
    body = body.slice(1).trim();
  } else if (body.startsWith('+')) {
    body = body.slice(1).trim();
  }
  return { negative, body };
}

function parseUnsigned(body: string): Parsed<Pick<Decimal, 'int' | 'frac'>> {
  let digits = body;
  if (!plainPattern.test(digits)) {
    if (!groupedPatterns.some((pattern) => pattern.test(digits))) {
      return /^[\d., ']+$/.test(digits) && /\d/.test(digits)
        ? fail('ambiguous_number')
        : fail('not_a_number');
    }
    digits = digits.replace(/[, ']/g, '');
  }
  const [int = '', frac = ''] = digits.split('.');
  return ok({ int: int.replace(/^0+(?=\d)/, ''), frac: frac.replace(/0+$/, '') });
}

/** A number in a cell as an exact decimal (no float arithmetic). */
function parseDecimal(cell: Cell): Parsed<Decimal> {
  if (typeof cell === 'number' && !Number.isFinite(cell)) return fail('not_a_number');
  const text = typeof cell === 'number' ? numberText(cell) : normaliseWidth(cellText(cell));
  if (text === '') return fail('empty');
  const { negative, body } = splitSign(text);
  const unsigned = parseUnsigned(body);
  if (!unsigned.ok) return unsigned;
  return ok({ negative, ...unsigned.value });
}

const isZero = (d: Pick<Decimal, 'int' | 'frac'>) => /^0*$/.test(d.int) && /^0*$/.test(d.frac);

/** Multiply by 10^places; fails when digits would be lost. */
function shift(d: Decimal, places: number): Parsed<number> {
  if (d.frac.length > places) return fail('too_many_decimals');
  const value = Number(`${d.int || '0'}${d.frac.padEnd(places, '0')}`);
  if (!Number.isSafeInteger(value)) return fail('too_large');
  return ok(d.negative && value !== 0 ? -value : value);
}

/** Money in minor units, and the file's exact decimal when it had more digits than the currency (rounded). */
export interface Money {
  minor: number;
  /** The file's value as a plain decimal ('16.448') when it was rounded; null when it fitted. */
  exact: string | null;
}

/** Multiply by 10^places, rounding extra digits by `mode` instead of refusing them. */
function shiftRounded(d: Decimal, places: number, mode: RoundingMode): Parsed<Money> {
  if (d.frac.length <= places) {
    const shifted = shift(d, places);
    return shifted.ok ? ok({ minor: shifted.value, exact: null }) : shifted;
  }
  const value = Number(roundDigits(d.int, d.frac, places, mode));
  if (!Number.isSafeInteger(value)) return fail('too_large');
  return ok({ minor: value, exact: `${d.int || '0'}.${d.frac}` });
}

const toNumber = (d: Decimal) => Number(`${d.negative ? '-' : ''}${d.int || '0'}.${d.frac || '0'}`);

/** Largest quantity on one line (orderLineSchema). */
export const MAX_QUANTITY = MAX_LINE_QUANTITY;

/** A positive quantity: '12', '1,200', '１２', '0.5'. */
export function parseQuantity(cell: Cell): Parsed<number> {
  const d = parseDecimal(cell);
  if (!d.ok) return d;
  if (d.value.negative || isZero(d.value)) return fail('not_positive');
  const value = toNumber(d.value);
  if (value > MAX_QUANTITY) return fail('too_large');
  // Less than a unit's smallest step: a line of it would cost nothing (orderLineSchema).
  if (value < MIN_LINE_QUANTITY) return fail('below_step');
  return ok(value);
}

/**
 * Money → integer minor units (分 / cents): '¥1,234.50', '￥1,234.5', 'CNY 1234', '1234 元', '$1,234.50'.
 * Negative amounts are refused. With `currency` given, a currency mark for another currency is refused.
 * More decimals than the currency has are rounded by `mode` ('16.448' → 1645), the exact text kept.
 */
export function parseMoneyExact(
  cell: Cell,
  currencyDigits = 2,
  currency?: string,
  mode: RoundingMode = 'half_away',
): Parsed<Money> {
  const money = readMoney(cell, currencyDigits, currency, mode);
  // Past the money bound, an amount would make sums inexact (schema/envelope.ts): refused on its row.
  return money.ok && money.value.minor > MONEY_MAX ? fail('too_large') : money;
}

function readMoney(cell: Cell, currencyDigits: number, currency: string | undefined, mode: RoundingMode) {
  if (typeof cell === 'number') {
    const d = parseDecimal(cell);
    if (!d.ok) return d;
    if (d.value.negative && !isZero(d.value)) return fail('negative');
    return shiftRounded({ ...d.value, negative: false }, currencyDigits, mode);
  }
  let text = normaliseWidth(cellText(cell));
  if (text === '') return fail('empty');
  const outer = splitSign(text);
  text = outer.body;
  const marks: string[] = [];
  const prefix = prefixMark.exec(text);
  if (prefix?.[1]) {
    marks.push(prefix[1]);
    text = text.slice(prefix[0].length);
  }
  const suffix = suffixMark.exec(text);
  if (suffix?.[1]) {
    marks.push(suffix[1]);
    text = text.slice(0, suffix.index);
  }
  const inner = splitSign(text.trim());
  const unsigned = parseUnsigned(inner.body);
  if (!unsigned.ok) return unsigned;
  const fits = marks.map((mark) => markFits(mark, currency));
  if (fits.includes('unknown')) return fail('not_a_number');
  if (fits.includes('mismatch')) return fail('currency_mismatch');
  const negative = outer.negative !== inner.negative;
  if (negative && !isZero(unsigned.value)) return fail('negative');
  return shiftRounded({ negative: false, ...unsigned.value }, currencyDigits, mode);
}

/** parseMoneyExact's minor units alone. */
export function parseMoney(
  cell: Cell,
  currencyDigits = 2,
  currency?: string,
  mode: RoundingMode = 'half_away',
): Parsed<number> {
  const money = parseMoneyExact(cell, currencyDigits, currency, mode);
  return money.ok ? ok(money.value.minor) : money;
}

const taxExempt = new Set(['免税', '零税率', 'exempt', 'tax exempt', 'none', '无']);

/**
 * Tax rate → basis points (1300 = 13 %). '13%' and 13 are percent; a plain number below 1 (0.13, as
 * Excel stores a percentage) is a fraction. So 1 means 1 % (China's small-taxpayer rate), not 100 %.
 */
export function parseTaxRate(cell: Cell): Parsed<number> {
  const text = typeof cell === 'number' ? numberText(cell) : normaliseWidth(cellText(cell));
  if (text === '') return fail('empty');
  if (taxExempt.has(text.toLowerCase())) return ok(0);
  const percent = text.endsWith('%');
  const d = parseDecimal(percent ? text.slice(0, -1).trim() : text);
  if (!d.ok) return d.reason === 'empty' ? fail('not_a_number') : d;
  if (d.value.negative && !isZero(d.value)) return fail('negative');
  const fraction = !percent && toNumber(d.value) < 1;
  const bp = shift({ ...d.value, negative: false }, fraction ? 4 : 2);
  if (!bp.ok) return bp;
  return bp.value > 10_000 ? fail('out_of_range') : bp;
}

export type Discount =
  | { kind: 'amount'; minor: number; exact: string | null }
  | { kind: 'percent'; basisPoints: number };

/**
 * A line discount: an amount ('¥20', '20.00' → minor units) or a share off the line ('10%', Chinese
 * '9折' = pay 90 % = 10 % off, '85折' = 15 % off). Empty → fail('empty').
 */
export function parseDiscount(
  cell: Cell,
  currencyDigits = 2,
  currency?: string,
  mode: RoundingMode = 'half_away',
  /** What a plain number means in this column (discount-kind.ts): an amount, 0.2 = 20 %, or 20 = 20 %. */
  kind: 'amount' | 'fraction' | 'percent' = 'amount',
): Parsed<Discount> {
  const text = typeof cell === 'number' ? '' : normaliseWidth(cellText(cell));
  if (typeof cell === 'string' && text === '') return fail('empty');
  const zhe = /^(\d+(?:\.\d+)?)\s*折$/.exec(text);
  if (zhe?.[1]) {
    // '9折' = 90 %, '85折' = 85 %, '8.5折' = 85 %.
    const raw = zhe[1];
    const paid = raw.includes('.') || raw.length === 1 ? Number(raw) * 10 : Number(raw);
    if (!(paid > 0 && paid <= 100)) return fail('out_of_range');
    const off = Math.round((100 - paid) * 100);
    return ok({ kind: 'percent', basisPoints: off });
  }
  if (text.endsWith('%')) {
    const d = parseDecimal(text.slice(0, -1).trim());
    if (!d.ok) return d.reason === 'empty' ? fail('not_a_number') : d;
    if (d.value.negative && !isZero(d.value)) return fail('negative');
    const bp = shift({ ...d.value, negative: false }, 2);
    if (!bp.ok) return bp;
    return bp.value > 10_000 ? fail('out_of_range') : ok({ kind: 'percent', basisPoints: bp.value });
  }
  if (kind !== 'amount') {
    const d = parseDecimal(cell);
    if (!d.ok) return d;
    if (d.value.negative && !isZero(d.value)) return fail('negative');
    const bp = shift({ ...d.value, negative: false }, kind === 'fraction' ? 4 : 2);
    if (!bp.ok) return bp;
    return bp.value > 10_000 ? fail('out_of_range') : ok({ kind: 'percent', basisPoints: bp.value });
  }
  const money = parseMoneyExact(cell, currencyDigits, currency, mode);
  return money.ok ? ok({ kind: 'amount', ...money.value }) : money;
}

const urgentWords = new Set([
  '加急',
  '紧急',
  '急',
  '特急',
  '高',
  '最高',
  'urgent',
  'high',
  'highest',
  'rush',
  'asap',
  'p1',
  '1',
]);
const normalWords = new Set([
  '普通',
  '一般',
  '正常',
  '常规',
  '中',
  '低',
  '最低',
  'normal',
  'medium',
  'low',
  'lowest',
  'none',
  'p2',
  'p3',
  '0',
]);

/** '加急' / '紧急' / 'Urgent' / 'High' → urgent; '普通' / 'Normal' / 'Low' → normal. */
export function parsePriority(cell: Cell): Parsed<'normal' | 'urgent'> {
  const text = normaliseWidth(cellText(cell)).toLowerCase();
  if (text === '') return fail('empty');
  if (urgentWords.has(text)) return ok('urgent');
  if (normalWords.has(text)) return ok('normal');
  return fail('unknown_priority');
}

const segmentWords: Record<string, 'key' | 'regular' | 'small' | 'new'> = {
  重点: 'key',
  重点客户: 'key',
  大客户: 'key',
  关键客户: 'key',
  vip: 'key',
  key: 'key',
  'key account': 'key',
  普通: 'regular',
  普通客户: 'regular',
  常规: 'regular',
  一般: 'regular',
  regular: 'regular',
  normal: 'regular',
  standard: 'regular',
  小客户: 'small',
  小微: 'small',
  小: 'small',
  small: 'small',
  新: 'new',
  新客户: 'new',
  new: 'new',
};

/** Customer segment for a new customer: '重点客户' / 'Key' → key, '普通' → regular, '小客户' → small, '新客户' → new. */
export function parseSegment(cell: Cell): Parsed<'key' | 'regular' | 'small' | 'new'> {
  const text = normaliseWidth(cellText(cell)).toLowerCase();
  if (text === '') return fail('empty');
  const segment = Object.hasOwn(segmentWords, text) ? segmentWords[text] : undefined;
  return segment ? ok(segment) : fail('unknown_segment');
}
