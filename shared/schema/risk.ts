import { z } from 'zod';
import { envelopeSchema, idSchema, isoDate, nameText, optionalText, text } from './envelope';

// The risk register and incidents (area "routines"). A risk is scored likelihood × impact (1–25) and has
// a response plan (预案) as steps; an incident is something that happened, linked to the orders, customers
// and staff it touched and to the risk it realised. A customer complaint is an incident that runs
// received → investigating → resolved → closed and ends with the customer's satisfaction.

export const riskCategories = [
  'order_processing',
  'customer_complaint',
  'data_leak',
  'staffing',
  'system_outage',
  'other',
] as const;
export type RiskCategory = (typeof riskCategories)[number];
export const riskStatuses = ['open', 'mitigated', 'closed'] as const;
export type RiskStatus = (typeof riskStatuses)[number];
export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];
export const incidentStatuses = ['received', 'investigating', 'resolved', 'closed'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

/** 1 (rare / negligible) to 5 (almost certain / severe). */
export const scale5 = z.number().int().min(1).max(5);

const riskShape = {
  category: z.enum(riskCategories),
  title: nameText(120),
  description: optionalText(2000),
  likelihood: scale5,
  impact: scale5,
  ownerId: idSchema,
  /** The response plan (预案), step by step. */
  plan: z.array(text(500)).max(20).default([]),
  /** When the risk is next looked at; passed and still open: flagged. */
  reviewOn: isoDate,
  status: z.enum(riskStatuses).default('open'),
};
export const riskFields = z.object(riskShape);
export const riskSchema = envelopeSchema.extend(riskShape);
export type Risk = z.infer<typeof riskSchema>;
export type RiskInput = z.input<typeof riskFields>;

const incidentShape = {
  date: isoDate,
  category: z.enum(riskCategories),
  severity: z.enum(severities),
  title: nameText(120),
  /** What happened. */
  happened: optionalText(4000),
  resolution: optionalText(4000),
  status: z.enum(incidentStatuses).default('received'),
  /** The day it was resolved: time to resolve = resolvedOn − date. */
  resolvedOn: isoDate.nullable().default(null),
  orderIds: z.array(idSchema).max(50).default([]),
  customerIds: z.array(idSchema).max(50).default([]),
  staffIds: z.array(idSchema).max(50).default([]),
  riskId: idSchema.nullable().default(null),
  /** A complaint's customer satisfaction when closed, 1–5. */
  satisfaction: scale5.nullable().default(null),
};
type IncidentShape = z.infer<z.ZodObject<typeof incidentShape>>;
function incidentRules(i: IncidentShape, ctx: z.RefinementCtx) {
  if (i.resolvedOn !== null && i.resolvedOn < i.date)
    ctx.addIssue({
      code: 'custom',
      path: ['resolvedOn'],
      message: 'must not be before the day of the incident',
      params: { code: 'incident.resolvedBeforeDate' },
    });
}
export const incidentFields = z.object(incidentShape).superRefine(incidentRules);
export const incidentSchema = envelopeSchema.extend(incidentShape).superRefine(incidentRules);
export type Incident = z.infer<typeof incidentSchema>;
export type IncidentInput = z.input<typeof incidentFields>;
