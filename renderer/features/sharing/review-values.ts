import type { TFunction } from 'i18next';
import { formatList, formatNumber } from '../../i18n/format';

// The review tables' structured fields as the import preview shows them: sections, KPIs, ratings and
// bands in words. A feedback request's secret and a response's proof are never shown: they only say
// that they are there.

type AnyRecord = Record<string, unknown>;

const list = (value: unknown): AnyRecord[] => (Array.isArray(value) ? (value as AnyRecord[]) : []);
const score = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : '—');

function metricName(t: TFunction, metric: unknown): string {
  return metric === 'goalAttainment'
    ? t('sharingArea.values.goalAttainment')
    : t(`metric.${String(metric)}`, { defaultValue: String(metric) });
}

/** A review field in words, or null when `field` is not one this module writes. */
export function reviewFieldValue(field: string, value: unknown, t: TFunction): string | null {
  switch (field) {
    case 'sections':
      return formatList(
        list(value).map((s) =>
          t('sharingArea.values.section', {
            kind: t(`sharingArea.values.sectionKind.${String(s.kind)}`),
            weight: formatNumber(Number(s.weight)),
          }),
        ),
      );
    case 'kpis':
      return formatList(
        list(value).map((k) =>
          t('sharingArea.values.kpi', {
            metric: metricName(t, k.metric),
            target: formatNumber(Number(k.target)),
            weight: formatNumber(Number(k.weight)),
          }),
        ),
      );
    case 'competencies':
      return formatList(list(value).map((c) => String(c.name)));
    case 'bands':
      return formatList(
        list(value).map((b) =>
          t('sharingArea.values.band', { label: String(b.label), min: formatNumber(Number(b.min)) }),
        ),
      );
    case 'competencyRatings':
    case 'ratings':
      return formatList(
        list(value).map((r) =>
          t('sharingArea.values.rating', { criterion: String(r.criterion), rating: Number(r.rating) }),
        ),
      );
    case 'kpiAdjustments':
      return formatList(
        list(value).map((a) =>
          t('sharingArea.values.adjustment', {
            metric: metricName(t, a.metric),
            score: score(a.score),
            original: score(a.original),
            reason: String(a.reason),
          }),
        ),
      );
    case 'kpiResults':
      return formatList(
        list(value).map((r) =>
          t('sharingArea.values.kpiResult', { metric: metricName(t, r.metric), score: score(r.score) }),
        ),
      );
    case 'questions':
      if (Array.isArray(value)) return formatList(value.map(String));
      if (value !== null && typeof value === 'object') {
        const q = value as { competencies?: unknown[]; questions?: unknown[] };
        return t('sharingArea.values.requestQuestions', {
          competencies: q.competencies?.length ?? 0,
          questions: q.questions?.length ?? 0,
        });
      }
      return null;
    case 'answers':
      return formatList(list(value).map((a) => (String(a).trim() === '' ? '—' : String(a))));
    case 'secret':
      return t('sharingArea.values.secret');
    case 'proof':
      return t('sharingArea.values.proof');
    case 'reviewId':
      return t('sharingArea.values.linkedReview');
    case 'requestId':
      return t('sharingArea.values.linkedRequest');
    default:
      return null;
  }
}
