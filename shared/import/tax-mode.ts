import { lineBase, roundHalfAway } from '../rules/money';

// What a file's amounts say about tax. An export from a shop or an accounting system often gives final
// amounts with the tax in them (价税合计), or no tax at all (a sale abroad); adding the office's VAT on
// top of those would inflate every total. So the wizard asks, with a default from what the file shows.

export const taxModes = ['exclusive', 'inclusive', 'none'] as const;
/**
 * - exclusive: amounts are before tax; each line's rate (the file's, else the product's) is added.
 * - inclusive: amounts include the line's rate; they are split into net and tax, the total kept.
 * - none: the amounts carry no tax; lines get rate 0.
 */
export type TaxMode = (typeof taxModes)[number];

// Words in an amount or price header that say whether tax is in it (价税合计 = price and tax together).
const inclusiveWords = /价税合计|含税|税后|incl|gross|with tax/i;
const exclusiveWords = /不含税|未税|税前|excl|net|before tax|pre-tax/i;

/**
 * The default shown in the wizard: what the amount and price headers say ('含税金额', 'Net amount');
 * else a tax-rate column means amounts before that tax; a file in another currency than the office's
 * is a sale the office's VAT does not apply to; else amounts are before tax, as the catalogue's are.
 */
export function guessTaxMode(facts: {
  /** The headers of the mapped amount and unit-price columns. */
  amountHeaders: readonly string[];
  hasTaxColumn: boolean;
  fileCurrency: string;
  officeCurrency: string;
}): TaxMode {
  // Checked first: '不含税' contains '含税'.
  if (facts.amountHeaders.some((h) => exclusiveWords.test(h))) return 'exclusive';
  if (facts.amountHeaders.some((h) => inclusiveWords.test(h))) return 'inclusive';
  if (facts.hasTaxColumn) return 'exclusive';
  if (facts.fileCurrency !== facts.officeCurrency) return 'none';
  return 'exclusive';
}

/** A priced line whose amounts (price, discount, amount) include tax at `taxRate`. */
export interface InclusiveLine {
  quantity: number;
  unitPrice: number;
  discount: number;
  /** The stated line amount with tax, when the file gave one that price × quantity does not give. */
  amount: number | null;
  taxRate: number;
}

const withoutTax = (minor: number, taxRate: number) => roundHalfAway((minor * 10_000) / (10_000 + taxRate));

/**
 * The line as stored: price and discount before tax (for display and later edits), the net amount and
 * the file's gross kept as stated, so net + tax is the file's amount exactly.
 */
export function splitInclusive(line: InclusiveLine) {
  const gross = line.amount ?? lineBase(line) - line.discount;
  const unitPrice = withoutTax(line.unitPrice, line.taxRate);
  const base = lineBase({ quantity: line.quantity, unitPrice });
  const discount = Math.min(withoutTax(line.discount, line.taxRate), base);
  return { unitPrice, discount, amount: withoutTax(gross, line.taxRate), gross };
}
