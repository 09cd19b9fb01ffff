import { formatMoney } from '../../shared/rules/money';
import { i18next } from './index';

// Dates and money are formatted for the chosen UI language (zh-CN or en), never by hand.

const locale = () => (i18next.language === 'zh-CN' ? 'zh-CN' : 'en');

// Building an Intl formatter costs far more than using one (a list of 50 orders formats hundreds of dates
// and numbers): each is made once per language and kind, and reused.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  kind: string,
  make: (locale: string) => F,
): F {
  const key = `${locale()} ${kind}`;
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = make(locale());
    formatters.set(key, format);
  }
  return format;
}
const dateFormat = (kind: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date ${kind}`, (l) => new Intl.DateTimeFormat(l, options));

export const formatDate = (iso: string) =>
  dateFormat('medium', { dateStyle: 'medium' }).format(new Date(iso));
/** A calendar date (YYYY-MM-DD) as that day in the user's locale: read as local, never as UTC midnight. */
export const formatDay = (isoDate: string, style: 'medium' | 'short' = 'medium') => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return dateFormat(style, { dateStyle: style }).format(new Date(y, m - 1, d));
};
/** A month (YYYY-MM) in the user's locale: Nov 2026, 2026年11月. */
export const formatMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dateFormat('month', { year: 'numeric', month: 'short' }).format(new Date(y, m - 1, 1));
};
export const formatDateTime = (iso: string) =>
  dateFormat('medium time', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
/** A date and time in a narrow column: numeric date (2026/10/6 14:09, 10/6/26, 2:09 PM). */
export const formatDateTimeShort = (iso: string) =>
  dateFormat('short time', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
export const formatAmount = (minor: number, currency: string) => formatMoney(minor, currency, locale());
export const formatNumber = (n: number) => cached('number', (l) => new Intl.NumberFormat(l)).format(n);
export const formatBytes = (bytes: number) =>
  new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit: bytes >= 1e9 ? 'gigabyte' : 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes >= 1e9 ? bytes / 1e9 : bytes / 1e6);
/** Items as one list in the user's language ("a, b, c" / "a、b、c"). */
export const formatList = (items: readonly string[]) =>
  cached('list', (l) => new Intl.ListFormat(l, { style: 'narrow', type: 'conjunction' })).format(items);
/** A share in basis points (1300 = 13 %) as a percentage. */
export const formatBasisPoints = (bp: number) =>
  cached('percent', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 2 })).format(
    bp / 10_000,
  );
/** An amount in a chart's axis: short, with the currency (¥1234.6万, CN¥12.3M). */
export const formatAmountShort = (major: number, currency: string) =>
  cached(
    `short ${currency}`,
    (l) =>
      new Intl.NumberFormat(l, {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      }),
  ).format(major);
