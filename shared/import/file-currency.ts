import { currencyMarkOf, parseCurrency } from './currency-marks';
import type { Cell } from './table';

// Which currency a file's amounts are in, as the wizard first suggests it: the currency column's most
// common value, else the currency marks on its amounts ('$1,200.00', 'USD 12'), else the office's.
// The user confirms or changes it; nothing is assumed silently.

export function guessFileCurrency(
  cells: { currency: readonly Cell[]; amounts: readonly Cell[] },
  officeCurrency: string,
): string {
  const counts = new Map<string, number>();
  const count = (code: string | null) => {
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (const cell of cells.currency) {
    const parsed = parseCurrency(cell);
    count(parsed.ok ? parsed.value : null);
  }
  if (counts.size === 0) for (const cell of cells.amounts) count(currencyMarkOf(cell, officeCurrency));
  let best = officeCurrency;
  let most = 0;
  for (const [code, n] of counts)
    if (n > most) {
      best = code;
      most = n;
    }
  return best;
}
