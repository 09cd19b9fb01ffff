import { normaliseWidth } from './normalise';
import { fail, ok, type Parsed } from './parsed';
import type { Cell } from './table';

// Currencies as files write them: the marks around an amount ('¥12', 'USD 12', '12 元') and the words
// of a currency column ('usd', '人民币'). The money parser (values.ts) checks marks against a currency;
// the wizard guesses a file's currency from them (file-currency.ts).
// Currency marks around an amount. '¥' is both yuan and yen; '$' any dollar.
const codeAliases: Record<string, string> = { RMB: 'CNY', US$: 'USD', HK$: 'HKD', NT$: 'TWD', S$: 'SGD' };
const symbolCurrencies: Record<string, (currency: string) => boolean> = {
  '¥': (c) => c === 'CNY' || c === 'JPY',
  元: (c) => c === 'CNY',
  $: (c) => c.endsWith('D'),
  '€': (c) => c === 'EUR',
  '£': (c) => c === 'GBP',
  '₩': (c) => c === 'KRW',
  '₹': (c) => c === 'INR',
};
export const prefixMark = /^(US\$|HK\$|NT\$|S\$|RMB|[A-Za-z]{3}(?=[\s\d.(+-])|[¥$€£₩₹])\s*/;
export const suffixMark = /\s*(RMB|元|[A-Za-z]{3})$/;

let isoCodes: Set<string> | undefined;
function isCurrencyCode(code: string): boolean {
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCodes.has(code);
}

/** 'ok' when the mark fits the expected currency, 'mismatch' when not, 'unknown' when it is no currency mark at all. */
export function markFits(mark: string, currency: string | undefined): 'ok' | 'mismatch' | 'unknown' {
  const symbol = symbolCurrencies[mark];
  const upper = mark.toUpperCase();
  const code = codeAliases[upper] ?? upper;
  if (!symbol && !isCurrencyCode(code)) return 'unknown';
  if (!currency) return 'ok';
  return (symbol ? symbol(currency) : code === currency) ? 'ok' : 'mismatch';
}

// A currency column's words for a currency, where they name one currency only ('$' and '¥' do not).
const currencyWords: Record<string, string> = {
  ...codeAliases,
  人民币: 'CNY',
  元: 'CNY',
  美元: 'USD',
  欧元: 'EUR',
  港币: 'HKD',
  港元: 'HKD',
  日元: 'JPY',
  英镑: 'GBP',
  '€': 'EUR',
  '£': 'GBP',
  '₩': 'KRW',
  '₹': 'INR',
};

/**
 * The currency a money cell names by its mark, if any: 'USD 12' → USD, '€5' → EUR. '$' is taken as the
 * office's dollar when it has one, else USD; '¥' as the office's yen or yuan, else CNY. For the wizard's
 * guess of a file's currency only; parsing checks marks against the chosen currency.
 */
export function currencyMarkOf(cell: Cell, officeCurrency: string): string | null {
  if (typeof cell === 'number') return null;
  const text = normaliseWidth(cell).replace(/^[-(\s]+/, '');
  const mark = prefixMark.exec(text)?.[1] ?? suffixMark.exec(text)?.[1];
  if (!mark) return null;
  if (mark === '$') return officeCurrency.endsWith('D') ? officeCurrency : 'USD';
  if (mark === '¥') return officeCurrency === 'JPY' ? 'JPY' : 'CNY';
  const code = currencyWords[mark] ?? currencyWords[mark.toUpperCase()] ?? mark.toUpperCase();
  return isCurrencyCode(code) ? code : null;
}

/** A currency column's cell → ISO code: 'usd', 'USD', 'RMB', '人民币', '€'. */
export function parseCurrency(cell: Cell): Parsed<string> {
  const text = normaliseWidth(String(cell)).trim();
  if (text === '') return fail('empty');
  const code = currencyWords[text] ?? currencyWords[text.toUpperCase()] ?? text.toUpperCase();
  return /^[A-Z]{3}$/.test(code) && isCurrencyCode(code) ? ok(code) : fail('unknown_currency');
}
