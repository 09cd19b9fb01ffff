import type { TFunction } from 'i18next';
import type { NamedTable } from '../../db/record-names';
import { formatNumber } from '../../i18n/format';

// The routines tables' structured fields as the import preview shows them: a one-on-one's four parts, a
// risk's response plan as numbered steps, scores out of five, SOP versions, where an action item came
// from — in words, never as JSON or an id.

type AnyRecord = Record<string, unknown>;

/** The tables an action item's `sourceId` points into, by its `source`. */
export const ACTION_SOURCES: Readonly<Record<string, NamedTable>> = {
  meeting: 'meetings',
  incident: 'incidents',
  risk: 'risks',
  pdca: 'pdcaCycles',
};

const ONE_ON_ONE_PARTS = ['wellbeing', 'goals', 'obstacles', 'development'] as const;
const OUT_OF_FIVE: ReadonlySet<string> = new Set(['likelihood', 'impact', 'satisfaction']);

/**
 * A routines field in words, or null when `field` is not one this module writes. `name` turns an id
 * into what people call its record.
 */
export function routineFieldValue(
  field: string,
  value: unknown,
  t: TFunction,
  name: (id: unknown) => string,
): string | null {
  if (OUT_OF_FIVE.has(field) && typeof value === 'number')
    return t('sharingArea.values.outOfFive', { value: formatNumber(value) });
  switch (field) {
    case 'oneOnOne': {
      if (value === null || typeof value !== 'object') return null;
      const notes = value as AnyRecord;
      const parts = ONE_ON_ONE_PARTS.filter((part) => String(notes[part] ?? '').trim() !== '').map(
        (part) => `${t(`sharingArea.values.oneOnOne.${part}`)}: ${String(notes[part])}`,
      );
      return parts.length > 0 ? parts.join('; ') : '—';
    }
    case 'plan':
      return Array.isArray(value) ? value.map((step, i) => `${i + 1}. ${String(step)}`).join('; ') : null;
    case 'version':
    case 'sopVersion':
      return typeof value === 'number' ? t('sharingArea.values.version', { version: value }) : null;
    case 'sourceId':
      return name(value);
    case 'absenceId':
      return t('sharingArea.values.linkedAbsence');
    default:
      return null;
  }
}

/** The record an action item came from, as [table, id], for looking its name up. */
export function actionSourceRef(record: AnyRecord): readonly [NamedTable, string] | null {
  const table = typeof record.source === 'string' ? ACTION_SOURCES[record.source] : undefined;
  return table && typeof record.sourceId === 'string' ? [table, record.sourceId] : null;
}
