import { z } from 'zod';
import { formatMoneyInput, parseMoneyInput } from '../../../../shared/rules/money-input';
import {
  type CareKind,
  type CareRecord,
  careRecordFields,
  isArrangement,
  isWelfare,
} from '../../../../shared/schema/care';
import { moneySchema } from '../../../../shared/schema/envelope';

// The care record form: a welfare item's amount typed in the office currency ('300.00' → minor units,
// required for a welfare item, none for a note or an arrangement); an arrangement's end may stay empty
// (until further notice). The care schema checks the rest (the end not before the start).

export interface CareFormValues extends Record<string, unknown> {
  staffId: string;
  kind: CareKind;
  date: string;
  until: string;
  amount: string;
  text: string;
}

const amountCodes = {
  empty: 'field.required',
  invalid: 'amount.invalid',
  negative: 'amount.negative',
  decimals: 'amount.decimals',
  tooLarge: 'amount.tooLarge',
} as const;

/** The amount as typed (null: the kind carries none), as minor units. */
const welfareAmount = (digits: number) =>
  z
    .string()
    .nullable()
    .transform((text, ctx): number | null => {
      if (text === null) return null;
      const parsed = parseMoneyInput(text, digits);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({
        code: 'custom',
        message: `is not an amount (${parsed.reason})`,
        params: { code: amountCodes[parsed.reason], digits },
      });
      return z.NEVER;
    })
    .pipe(moneySchema.nullable());

/** The amount read from its text first, then every field by the care schema itself (its rules in one place). */
export const careFormSchema = (digits: number) =>
  z
    .looseObject({ amount: welfareAmount(digits) })
    // The other fields pass through as the form holds them, for the care schema to judge.
    .pipe(
      careRecordFields as unknown as z.ZodType<
        z.output<typeof careRecordFields>,
        { amount: number | null; [key: string]: unknown }
      >,
    );

export const careFormValues = (
  record: CareRecord | undefined,
  preset: { staffId: string; date: string },
  digits: number,
): CareFormValues =>
  record
    ? {
        staffId: record.staffId,
        kind: record.kind,
        date: record.date,
        until: record.until ?? '',
        amount: record.amount === null ? '' : formatMoneyInput(record.amount, digits),
        text: record.text,
      }
    : { staffId: preset.staffId, kind: 'note', date: preset.date, until: '', amount: '', text: '' };

export const careInputOf = (values: CareFormValues) => ({
  ...values,
  until: isArrangement(values.kind) && values.until.trim() !== '' ? values.until : null,
  amount: isWelfare(values.kind) ? values.amount : null,
});
