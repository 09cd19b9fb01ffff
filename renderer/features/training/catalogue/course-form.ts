import { z } from 'zod';
import { formatMoneyInput } from '../../../../shared/rules/money-input';
import { type Course, courseFields } from '../../../../shared/schema/training';
import { amountText } from '../../../../shared/schema/typed-input';

// The course form: hours and the certificate's months typed as text, the cost typed in the office
// currency ('350.00' → minor units), the skills as rows of a name and a level. The course schema checks
// it all (no negative hours or cost, no skill twice), so a refusal lands on its field.

export interface CourseFormValues extends Record<string, unknown> {
  title: string;
  kind: Course['kind'];
  provider: string;
  hours: string;
  cost: string;
  skills: { skill: string; level: string }[];
  materials: string;
  certificateMonths: string;
  active: boolean;
}

/** A number typed as text: blank is `empty` (or refused when no default), anything else must be a number. */
const numberText = <O>(field: z.ZodType<O, number | null | undefined>, empty?: null) =>
  z
    .string()
    .transform((text, ctx): number | null | undefined => {
      if (text.trim() === '') {
        if (empty === null) return null;
        ctx.addIssue({ code: 'custom', message: 'required', params: { code: 'field.required' } });
        return z.NEVER;
      }
      const value = Number(text.replace(',', '.'));
      if (Number.isFinite(value)) return value;
      ctx.addIssue({ code: 'custom', message: 'not a number', params: { code: 'field.invalid' } });
      return z.NEVER;
    })
    .pipe(field);

export const courseFormSchema = (digits: number) =>
  courseFields.extend({
    hours: numberText(courseFields.shape.hours),
    cost: amountText(digits, courseFields.shape.cost, { empty: 0 }),
    certificateMonths: numberText(courseFields.shape.certificateMonths, null),
  });

export const courseFormValues = (course: Course | null, digits: number): CourseFormValues => ({
  title: course?.title ?? '',
  kind: course?.kind ?? 'internal',
  provider: course?.provider ?? '',
  hours: course ? String(course.hours) : '',
  cost: course ? formatMoneyInput(course.cost, digits) : '',
  skills: (course?.skills ?? []).map((s) => ({ skill: s.skill, level: String(s.level) })),
  materials: course?.materials ?? '',
  certificateMonths: course?.certificateMonths ? String(course.certificateMonths) : '',
  active: course?.active ?? true,
});

/** The values as the schema reads them: skill levels as numbers, rows without a name left out. */
export const courseInputOf = (values: CourseFormValues) => ({
  ...values,
  skills: values.skills
    .filter((s) => s.skill.trim() !== '')
    .map((s) => ({ skill: s.skill, level: Number(s.level) })),
});
