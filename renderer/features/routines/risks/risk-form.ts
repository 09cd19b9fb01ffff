import { z } from 'zod';
import { type Risk, type RiskCategory, type RiskStatus, riskFields } from '../../../../shared/schema/risk';

// The risk form: likelihood and impact typed as text (a number outside 1–5, or not a whole number, is
// refused with one message saying what is allowed), the response plan as ordered rows of text (blank
// rows left out). The risk schema checks the rest, so each refusal lands on its field.

export interface RiskFormValues extends Record<string, unknown> {
  category: RiskCategory;
  title: string;
  description: string;
  likelihood: string;
  impact: string;
  ownerId: string | null;
  plan: { text: string }[];
  reviewOn: string;
  status: RiskStatus;
}

/** A 1–5 rating typed as text. */
export const scaleText = z.string().transform((text, ctx): number => {
  const trimmed = text.trim();
  if (trimmed === '') {
    ctx.addIssue({ code: 'custom', message: 'required', params: { code: 'field.required' } });
    return z.NEVER;
  }
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    ctx.addIssue({ code: 'custom', message: 'not 1–5', params: { code: 'risk.scale' } });
    return z.NEVER;
  }
  return value;
});

export const riskFormSchema = riskFields.extend({ likelihood: scaleText, impact: scaleText });

export const riskFormValues = (risk: Risk | null, reviewOn: string): RiskFormValues => ({
  category: risk?.category ?? 'order_processing',
  title: risk?.title ?? '',
  description: risk?.description ?? '',
  likelihood: risk ? String(risk.likelihood) : '',
  impact: risk ? String(risk.impact) : '',
  ownerId: risk?.ownerId ?? null,
  plan: (risk?.plan ?? []).map((text) => ({ text })),
  reviewOn: risk?.reviewOn ?? reviewOn,
  status: risk?.status ?? 'open',
});

/** The values as the schema reads them: the plan's steps as text, blank ones left out. */
export const riskInputOf = (values: RiskFormValues) => ({
  ...values,
  plan: values.plan.map((step) => step.text).filter((text) => text.trim() !== ''),
});

/** A rating as typed, when it is one (for the score shown while typing). */
export const typedScale = (text: string): number | null => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
};
