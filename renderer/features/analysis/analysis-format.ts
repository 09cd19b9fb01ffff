import type { TFunction } from 'i18next';
import type { RevenueView, Share } from '../../db/analysis-queries';
import { formatBasisPoints } from '../../i18n/format';

// What the analysis charts share besides the money axis (ui/money-chart.ts): the axis title that says
// when amounts are converted, and labels that never show NaN.

/** The money axis title: "Revenue (CNY)", or "Revenue (CNY, converted)" for the converted view. */
export const revenueTitle = (t: TFunction, view: Pick<RevenueView, 'currency' | 'converted'>) =>
  view.converted
    ? t('analysisArea.revenueInConverted', { currency: view.currency })
    : t('analysisArea.revenueIn', { currency: view.currency });

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
