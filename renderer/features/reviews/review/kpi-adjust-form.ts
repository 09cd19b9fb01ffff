import { z } from 'zod';
import { KPI_SCORE_CAP } from '../../../../shared/rules/reviews';
import { text } from '../../../../shared/schema/envelope';

// Adjusting a KPI's score: the new score typed as text (0 to what the data could earn at most, one decimal) and the
// reason, which is required — a score the data did not give is explained in writing, and the data's
// score stays beside it.

export interface KpiAdjustValues extends Record<string, unknown> {
  score: string;
  reason: string;
}

/** The score as a number, or the refusal code of what was typed. */
const scoreText = z
  .string()
  .transform((typed, ctx): number => {
    const value = Number(typed.trim().replace(',', '.'));
    if (typed.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'required', params: { code: 'field.required' } });
      return z.NEVER;
    }
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: 'custom', message: 'not a number', params: { code: 'field.invalid' } });
      return z.NEVER;
    }
    return Math.round(value * 10) / 10;
  })
  .pipe(z.number().min(0).max(KPI_SCORE_CAP));

export const kpiAdjustSchema = z.object({ score: scoreText, reason: text(500) });
export type KpiAdjustInput = z.infer<typeof kpiAdjustSchema>;

export const kpiAdjustValues = (current: { score: number; reason: string } | null): KpiAdjustValues => ({
  score: current ? String(current.score) : '',
  reason: current?.reason ?? '',
});
