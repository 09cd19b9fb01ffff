import type { CoreValue, Recognition } from '../../../../shared/schema/culture';

// The core value and recognition forms' values. "Given by" is a colleague or the manager: the manager is
// the choice MANAGER in the select, null in the record.

export const MANAGER = 'manager';

export interface ValueFormValues extends Record<string, unknown> {
  name: string;
  description: string;
  active: boolean;
}

export const valueFormValues = (record?: CoreValue): ValueFormValues => ({
  name: record?.name ?? '',
  description: record?.description ?? '',
  active: record?.active ?? true,
});

export interface RecognitionFormValues extends Record<string, unknown> {
  staffId: string;
  valueId: string;
  date: string;
  note: string;
  /** A colleague's id, or MANAGER. */
  givenById: string;
}

export const recognitionFormValues = (
  record: Recognition | undefined,
  today: string,
): RecognitionFormValues =>
  record
    ? {
        staffId: record.staffId,
        valueId: record.valueId,
        date: record.date,
        note: record.note,
        givenById: record.givenById ?? MANAGER,
      }
    : { staffId: '', valueId: '', date: today, note: '', givenById: MANAGER };

export const recognitionInputOf = (values: RecognitionFormValues) => ({
  ...values,
  givenById: values.givenById === MANAGER ? null : values.givenById,
});
