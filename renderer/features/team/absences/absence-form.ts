import type { Absence, absenceKinds } from '../../../../shared/schema/absence';

// The absence form checks an absence with the absence schema (dates in range, the end not before the
// start, the note's length); an overlap with another absence is known only when saving, and refused then.

export interface AbsenceFormValues extends Record<string, unknown> {
  staffId: string | null;
  kind: (typeof absenceKinds)[number];
  from: string;
  to: string;
  note: string;
}

/** Where the form starts: the absence being edited, or a new one for a person (maybe) and a day. */
export interface AbsenceDraft {
  staffId: string | null;
  from: string;
  record?: Absence;
}

export function absenceFormValues(draft: AbsenceDraft): AbsenceFormValues {
  const r = draft.record;
  if (r) return { staffId: r.staffId, kind: r.kind, from: r.from, to: r.to, note: r.note };
  return { staffId: draft.staffId, kind: 'leave', from: draft.from, to: draft.from, note: '' };
}

/** The values as the schema reads them: no person chosen yet is an empty choice. */
export const absenceInputOf = (values: AbsenceFormValues) => ({ ...values, staffId: values.staffId ?? '' });
