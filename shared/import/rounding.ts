// Amounts in a file often carry more decimals than the currency has (16.448, 1.0880): systems export
// computed values. They are rounded to the currency's minor unit, and the file's exact text is kept,
// so the dry run and the import's record can say how many were rounded and by how much in all.

/** How a file amount with more decimals than the currency is brought to its minor unit. */
export const roundingModes = ['half_away', 'half_even'] as const;
export type RoundingMode = (typeof roundingModes)[number];

/**
 * Rounds the unsigned decimal int.frac to `places` fraction digits, as an integer of minor units
 * (a digit string, so no float touches it). 'half_away': a 5 and more goes up (2.345 → 2.35);
 * 'half_even' (banker's): an exact half goes to the even digit (2.345 → 2.34, 2.355 → 2.36).
 */
export function roundDigits(int: string, frac: string, places: number, mode: RoundingMode): string {
  const kept = `${int || '0'}${frac.slice(0, places).padEnd(places, '0')}`;
  const rest = frac.slice(places).replace(/0+$/, '');
  if (rest === '') return kept;
  const first = rest.charCodeAt(0) - 48;
  const exactHalf = first === 5 && rest.length === 1;
  const lastKept = kept.charCodeAt(kept.length - 1) - 48;
  const up = first > 5 || (first === 5 && (!exactHalf || mode === 'half_away' || lastKept % 2 === 1));
  return up ? (BigInt(kept) + 1n).toString() : kept;
}

/** One file amount that was rounded: where it was, what the file said, what was kept (minor units). */
export interface RoundedAmount {
  row: number;
  field: 'unitPrice' | 'amount' | 'discount';
  /** The amount as the file wrote it, as a plain decimal ('16.448'). */
  exact: string;
  rounded: number;
}

/** Sum over the rounded amounts of (kept − file), as a signed decimal text: '+0.21', '-0.004', '0.00'. */
export function roundingDifference(amounts: readonly RoundedAmount[], currencyDigits: number): string {
  let scale = currencyDigits;
  for (const a of amounts) scale = Math.max(scale, (a.exact.split('.')[1] ?? '').length);
  let sum = 0n;
  for (const a of amounts) {
    const [int = '0', frac = ''] = a.exact.replace(/^-/, '').split('.');
    const exact = BigInt(`${int || '0'}${frac.padEnd(scale, '0')}`) * (a.exact.startsWith('-') ? -1n : 1n);
    sum += BigInt(a.rounded) * 10n ** BigInt(scale - currencyDigits) - exact;
  }
  const sign = sum > 0n ? '+' : sum < 0n ? '-' : '';
  const digits = (sum < 0n ? -sum : sum).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  // Keep at least the currency's digits; drop zeros beyond them.
  const frac = digits
    .slice(digits.length - scale)
    .replace(/0+$/, '')
    .padEnd(currencyDigits, '0');
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}
