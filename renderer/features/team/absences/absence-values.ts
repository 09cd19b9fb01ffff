import type { TFunction } from 'i18next';
import type { Absence, AbsenceInput, absenceKinds } from '../../../../shared/schema/absence';
import { EARLIEST_DATE, LATEST_DATE } from '../../../../shared/schema/envelope';
import { RecordValidationError } from '../../../../shared/validation';
import { refusalText } from '../../../ui/form-errors';
import { isIsoDate } from './calendar-dates';

// The absence form's values and what can be wrong with them, kept apart from the form so the checks read
// as rules. The same refusals saveAbsence makes are checked here first, so most never reach the database;
// an overlap can only be known there, so its refusal is turned into a message on `from`.

export type AbsenceKind = (typeof absenceKinds)[number];

export interface AbsenceValues {
  staffId: string | null;
  kind: AbsenceKind;
  from: string;
  to: string;
  note: string;
}

export type AbsenceField = keyof AbsenceValues;

/** Where the form starts: the absence being edited, or a new one for a person (maybe) and a day. */
export interface AbsenceDraft {
  staffId: string | null;
  from: string;
  record?: Absence;
}

const NOTE_MAX = 300;

export function absenceValuesFrom(draft: AbsenceDraft): AbsenceValues {
  const r = draft.record;
  if (r) return { staffId: r.staffId, kind: r.kind, from: r.from, to: r.to, note: r.note };
  return { staffId: draft.staffId, kind: 'leave', from: draft.from, to: draft.from, note: '' };
}

export function checkAbsenceValues(t: TFunction, v: AbsenceValues): Partial<Record<AbsenceField, string>> {
  const errors: Partial<Record<AbsenceField, string>> = {};
  if (!v.staffId) errors.staffId = t('teamAbsences.errors.person');
  const dateProblem = (day: string) =>
    !isIsoDate(day)
      ? t('teamAbsences.errors.date')
      : day < EARLIEST_DATE || day > LATEST_DATE
        ? t('formErrors.dateRange')
        : undefined;
  const fromProblem = dateProblem(v.from);
  const toProblem = dateProblem(v.to);
  if (fromProblem) errors.from = fromProblem;
  if (toProblem) errors.to = toProblem;
  else if (!fromProblem && v.to < v.from) errors.to = t('teamAbsences.errors.endBeforeStart');
  if (v.note.trim().length > NOTE_MAX) errors.note = t('teamAbsences.errors.noteTooLong', { max: NOTE_MAX });
  return errors;
}

export const absenceInputOf = (v: AbsenceValues): AbsenceInput => ({
  staffId: v.staffId ?? '',
  kind: v.kind,
  from: v.from,
  to: v.to,
  note: v.note,
});

/**
 * A refused save as a message on the field it names, or a general one. The overlap refusal reads
 * "overlaps 2026-11-02…2026-11-06" (team-commands.ts); its dates are shown in the UI language.
 */
export function saveRefusal(
  t: TFunction,
  error: unknown,
  formatDate: (iso: string) => string,
): { field: AbsenceField | null; message: string } {
  if (!(error instanceof RecordValidationError))
    return { field: null, message: t('teamAbsences.errors.saveFailed', { message: refusalText(t, error) }) };
  const overlap = /^overlaps (\d{4}-\d{2}-\d{2})…(\d{4}-\d{2}-\d{2})$/.exec(error.reason);
  if (error.field === 'from' && overlap)
    return {
      field: 'from',
      message: t('teamAbsences.errors.overlap', {
        from: formatDate(overlap[1] as string),
        to: formatDate(overlap[2] as string),
      }),
    };
  if (error.field === 'to' && error.reason === 'must not be before the start')
    return { field: 'to', message: t('teamAbsences.errors.endBeforeStart') };
  if (error.field === 'staffId') return { field: 'staffId', message: t('teamAbsences.errors.person') };
  const field = (['from', 'kind', 'note'] as const).find((f) => f === error.field) ?? null;
  return { field: field ?? (error.field === 'to' ? 'to' : null), message: refusalText(t, error) };
}
