import { z } from 'zod';
import { text } from '../../../../shared/schema/envelope';

// The bands of a cycle as calibrated: each a label and the lowest final score that earns it, typed as
// text, highest first (a score at or above a band's minimum earns its label).

export interface BandsValues extends Record<string, unknown> {
  bands: { label: string; min: string }[];
}

const minText = z
  .string()
  .transform((typed, ctx): number => {
    if (typed.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'required', params: { code: 'field.required' } });
      return z.NEVER;
    }
    const value = Number(typed.trim().replace(',', '.'));
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: 'custom', message: 'not a number', params: { code: 'field.invalid' } });
      return z.NEVER;
    }
    return value;
  })
  .pipe(z.number().min(0).max(200));

export const bandsSchema = z
  .object({
    bands: z
      .array(z.object({ label: text(40), min: minText }))
      .min(1)
      .max(8),
  })
  .superRefine((value, ctx) => {
    value.bands.forEach((band, i) => {
      const above = value.bands[i - 1];
      if (above && band.min >= above.min)
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'min'],
          message: 'bands go from highest to lowest',
          params: { code: 'review.bandsOrder' },
        });
    });
  });

export const bandsValues = (bands: readonly { label: string; min: number }[]): BandsValues => ({
  bands: bands.map((b) => ({ label: b.label, min: String(b.min) })),
});
