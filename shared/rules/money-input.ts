// What a person types into an amount or a percentage field, converted to the integers we store:
// money in minor units (分 / cents), tax rates in basis points (13 % = 1300). The conversion works on
// the decimal text itself (digits are concatenated, never multiplied as floats), so '19.99' is 1999
// exactly and '0.1' + '0.2' is '0.3'.
//
// Accepted: optional spaces, full-width digits and point (NFKC), thousands commas in groups of three
// ('1,234.50'). Refused with a reason the form can name: empty, not a number, negative, more decimal
// places than the currency has, larger than a safe integer.

export type DecimalInputReason = 'empty' | 'invalid' | 'negative' | 'decimals' | 'tooLarge';

export type DecimalInputResult = { ok: true; value: number } | { ok: false; reason: DecimalInputReason };

const plain = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;
const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** A decimal string scaled by 10^digits, as an exact integer. */
export function parseScaledDecimal(text: string, digits: number): DecimalInputResult {
  let body = text.normalize('NFKC').replace(/\s+/g, '').replace(/。/g, '.');
  if (body === '') return { ok: false, reason: 'empty' };
  let negative = false;
  if (/^[-−]/.test(body)) {
    negative = true;
    body = body.slice(1);
  } else if (body.startsWith('+')) {
    body = body.slice(1);
  }
  if (grouped.test(body)) body = body.replace(/,/g, '');
  const match = plain.exec(body);
  if (!match) return { ok: false, reason: 'invalid' };
  const whole = match[1] ?? '';
  const fraction = (match[2] ?? match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { ok: false, reason: 'decimals' };
  const scaled = BigInt(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (negative && scaled !== 0n) return { ok: false, reason: 'negative' };
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'tooLarge' };
  return { ok: true, value: Number(scaled) };
}

/** An integer scaled by 10^digits back to the decimal text a field shows ('123450', 2 → '1234.50'). */
export function formatScaledDecimal(value: number, digits: number, options: { trimZeros?: boolean } = {}) {
  const sign = value < 0 ? '-' : '';
  const abs = String(Math.abs(value)).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${abs}`;
  let fraction = abs.slice(-digits);
  if (options.trimZeros) fraction = fraction.replace(/0+$/, '');
  return `${sign}${abs.slice(0, -digits)}${fraction ? `.${fraction}` : ''}`;
}

/** A non-negative amount typed in the currency's units → integer minor units ('1234.5', 2 → 123450). */
export const parseMoneyInput = (text: string, digits: number) => parseScaledDecimal(text, digits);

/** Integer minor units → the text an amount field starts with (123450, 2 → '1234.50'). */
export const formatMoneyInput = (minor: number, digits: number) => formatScaledDecimal(minor, digits);

export type PercentInputResult =
  | { ok: true; value: number }
  | { ok: false; reason: DecimalInputReason | 'range' };

/** A percentage from 0 to 100 with up to two decimals → basis points ('13' → 1300, '6.5' → 650). */
export function parsePercentInput(text: string): PercentInputResult {
  const result = parseScaledDecimal(text.replace(/[%％]\s*$/, ''), 2);
  if (!result.ok) return result.reason === 'tooLarge' ? { ok: false, reason: 'range' } : result;
  if (result.value > 10_000) return { ok: false, reason: 'range' };
  return result;
}

/** Basis points → the percentage text a field shows (1300 → '13', 650 → '6.5'). */
export const formatPercentInput = (basisPoints: number) =>
  formatScaledDecimal(basisPoints, 2, { trimZeros: true });
