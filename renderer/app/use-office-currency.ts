import { useLiveQuery } from 'dexie-react-hooks';
import { currencyDigits } from '../../shared/rules/money';
import { loadOfficeSettings } from '../db/office-settings';
import { useSession } from './session-context';

export interface OfficeCurrency {
  /** ISO 4217 code, e.g. CNY. */
  code: string;
  /** Digits after the decimal point: amounts are stored as integer × 10^digits. */
  digits: number;
  /** The short symbol shown beside amount fields, e.g. ¥. */
  symbol: string;
}

/** The short symbol of a currency (¥, $, €): asked at every render of every amount field, so made once each. */
export function currencySymbol(code: string): string {
  let symbol = symbols.get(code);
  if (symbol === undefined) {
    const parts = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
    }).formatToParts(0);
    symbol = parts.find((part) => part.type === 'currency')?.value ?? code;
    symbols.set(code, symbol);
  }
  return symbol;
}
const symbols = new Map<string, string>();

/** The office currency from the office settings (CNY until the manager chooses another); undefined while loading. */
export function useOfficeCurrency(): OfficeCurrency | undefined {
  const { db } = useSession();
  const code = useLiveQuery(async () => (await loadOfficeSettings(db)).currency, [db]);
  if (!code) return undefined;
  return { code, digits: currencyDigits(code), symbol: currencySymbol(code) };
}
