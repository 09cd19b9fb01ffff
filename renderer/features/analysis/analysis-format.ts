import type { TFunction } from 'i18next';
import { currencyDigits } from '../../../shared/rules/money';
import type { RevenueView, Share } from '../../db/analysis-queries';
import { formatAmount, formatAmountShort, formatBasisPoints } from '../../i18n/format';

// What the analysis charts share: amounts drawn in the currency's major unit, a money axis that names
// its currency (and says when it is converted), and labels that never show NaN.

export const toMajor = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);

/** The money axis title: "Revenue (CNY)", or "Revenue (CNY, converted)" for the converted view. */
export const revenueTitle = (t: TFunction, view: Pick<RevenueView, 'currency' | 'converted'>) =>
  view.converted
    ? t('analysisArea.revenueInConverted', { currency: view.currency })
    : t('analysisArea.revenueIn', { currency: view.currency });

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

/** A share (0.25) as a percentage, or a dash when there is nothing to share. */
export const formatShare = (t: TFunction, share: number | null) =>
  share === null || !Number.isFinite(share)
    ? t('analysisArea.none')
    : formatBasisPoints(Math.round(share * 10_000));

export type BreakdownKind = 'customer' | 'product' | 'segment' | 'region';

/** A bar's name: the record's, or what to call it when the record is gone or the field empty. */
export function shareName(t: TFunction, kind: BreakdownKind, share: Share): string {
  if (kind === 'segment')
    return share.id === 'unknown' ? t('analysisArea.unknownSegment') : t(`segment.${share.id}`);
  if (share.name !== '') return share.name;
  if (kind === 'region') return t('analysisArea.noRegion');
  return kind === 'customer' ? t('analysisArea.unknownCustomer') : t('analysisArea.unknownProduct');
}

/** What goes between two sentences: a space in English, nothing in Chinese (its full stop is wide). */
export const sentenceGap = (language: string) => (language === 'zh-CN' ? '' : ' ');
