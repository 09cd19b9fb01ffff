import { normaliseWidth } from './normalise';
import type { Cell } from './table';
import { cellText } from './values';

// What the plain numbers of a discount column mean. Exports write a discount as an amount (20.00), a
// fraction of the line (0.2, as Excel stores 20 %) or a percent (20). '10%' and '9折' say it themselves;
// the rest is read from the column: its title and its values. When both readings fit (numbers from 1
// to 100 under a plain 'Discount' title), the wizard asks.

export const discountKinds = ['amount', 'fraction', 'percent'] as const;
export type DiscountKind = (typeof discountKinds)[number];

const percentTitle = /%|percent|pct|rate|率|百分比|比例/;
const amountTitle = /amount|金额|额|value|\$|¥/;

/** The reading of a discount column's plain numbers, or 'ambiguous' when the user must say. */
export function guessDiscountKind(header: string, cells: readonly Cell[]): DiscountKind | 'ambiguous' {
  const title = header.normalize('NFKC').toLowerCase();
  if (amountTitle.test(title)) return 'amount';
  const values: number[] = [];
  for (const cell of cells) {
    const text = typeof cell === 'number' ? String(cell) : normaliseWidth(cellText(cell));
    if (text === '' || /[%折]$/.test(text)) continue;
    const value = Number(text);
    if (Number.isFinite(value)) values.push(value);
  }
  const largest = Math.max(0, ...values);
  if (largest === 0) return percentTitle.test(title) ? 'percent' : 'amount';
  // Exactly 1 is no sure fraction: it is 100 % off, or more likely 1.00 off.
  if (largest < 1) return 'fraction';
  if (largest > 100) return 'amount';
  return percentTitle.test(title) ? 'percent' : 'ambiguous';
}
