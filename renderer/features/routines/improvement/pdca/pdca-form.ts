import { z } from 'zod';
import { type PdcaCycle, type PdcaCycleInput, pdcaCycleFields } from '../../../../../shared/schema/pdca';

// The plan form: the target typed as text (blank: "better than before"), the metric and goal chosen from
// lists ('' for none); the cycle's own schema checks the rest, its cross-field rules included.

export interface PdcaFormValues extends Record<string, unknown> {
  title: string;
  process: PdcaCycle['process'];
  problem: string;
  metric: string;
  goalId: string;
  target: string;
  measures: string;
  beforeFrom: string;
  beforeTo: string;
}

export const pdcaFormValues = (cycle: PdcaCycle | null, today: string): PdcaFormValues => {
  // By default the month before today is the "before" period.
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = new Date(y, m - 2, 1);
  const last = new Date(y, m - 1, 0);
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return {
    title: cycle?.title ?? '',
    process: cycle?.process ?? 'order_processing',
    problem: cycle?.problem ?? '',
    metric: cycle?.metric ?? '',
    goalId: cycle?.goalId ?? '',
    target: cycle?.target === null || cycle?.target === undefined ? '' : String(cycle.target),
    measures: cycle?.measures ?? '',
    beforeFrom: cycle?.beforeFrom ?? iso(first),
    beforeTo: cycle?.beforeTo ?? iso(last),
  };
};

/** A number typed as text, blank for none; text that is no number is refused on the field. */
const targetText = z
  .string()
  .transform((typed, ctx) => {
    const text = typed.trim().replace(',', '.');
    if (text === '') return null;
    const value = Number(text);
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: 'custom', message: 'not a number', params: { code: 'field.format' } });
      return z.NEVER;
    }
    return value;
  })
  .pipe(z.number().min(0).max(1e9).nullable());

const empty = (v: unknown) => (v === '' ? null : v);

/** The form's values as the cycle's fields (phase and the later steps are kept by the caller). */
export const pdcaFormSchema = z
  .object({
    title: z.string(),
    process: z.string(),
    problem: z.string(),
    metric: z.string(),
    goalId: z.string(),
    target: targetText,
    measures: z.string(),
    beforeFrom: z.string(),
    beforeTo: z.string(),
  })
  // The cycle's own schema says which metric, process and goal are allowed: here they only change shape.
  .transform((v) => ({ ...v, metric: empty(v.metric), goalId: empty(v.goalId) }) as PdcaCycleInput)
  .pipe(pdcaCycleFields);
