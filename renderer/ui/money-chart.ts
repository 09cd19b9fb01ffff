import { currencyDigits } from '../../shared/rules/money';
import { formatAmount, formatAmountShort } from '../i18n/format';

// What every chart of money shares (the dashboard's month values, the analysis charts): amounts drawn in
// the currency's major unit, a value axis that names its currency, tooltips with the exact amount.
// Kept apart from charts.ts so these helpers do not pull Chart.js in.

export const toMajor = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);

/** A value axis in money: from zero, titled with the currency, short amounts as ticks (¥900万). */
export const moneyScale = (title: string, currency: string) => ({
  beginAtZero: true,
  title: { display: true, text: title },
  ticks: { callback: (value: string | number) => formatAmountShort(Number(value), currency) },
});

/** A tooltip line of a money dataset: its label and the exact amount. */
export const moneyLabel =
  (currency: string) =>
  (item: { dataset: { label?: string }; raw: unknown }): string =>
    `${item.dataset.label ?? ''}: ${formatAmount(Math.round(Number(item.raw) * 10 ** currencyDigits(currency)), currency)}`;
