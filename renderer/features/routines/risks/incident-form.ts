import { daysToResolve } from '../../../../shared/rules/routines/risk';
import type { Incident, IncidentStatus, RiskCategory, Severity } from '../../../../shared/schema/risk';
import { parseDay } from '../../../ui/DateField';

// The incident form: dates as typed, the satisfaction as '1'–'5' or '' for none, the links as id lists
// (orders are added by their number, which adds the order's customer too). The incident schema and
// saveIncident check the rest, so each refusal lands on its field.

export interface IncidentFormValues extends Record<string, unknown> {
  date: string;
  category: RiskCategory;
  severity: Severity;
  title: string;
  happened: string;
  resolution: string;
  status: IncidentStatus;
  resolvedOn: string;
  orderIds: string[];
  customerIds: string[];
  staffIds: string[];
  riskId: string | null;
  satisfaction: string | null;
}

export const incidentFormValues = (
  incident: Incident | null,
  today: string,
  start: Partial<IncidentFormValues> = {},
): IncidentFormValues => ({
  date: incident?.date ?? today,
  category: incident?.category ?? 'customer_complaint',
  severity: incident?.severity ?? 'medium',
  title: incident?.title ?? '',
  happened: incident?.happened ?? '',
  resolution: incident?.resolution ?? '',
  status: incident?.status ?? 'received',
  resolvedOn: incident?.resolvedOn ?? '',
  orderIds: incident?.orderIds ?? [],
  customerIds: incident?.customerIds ?? [],
  staffIds: incident?.staffIds ?? [],
  riskId: incident?.riskId ?? null,
  satisfaction: incident?.satisfaction ? String(incident.satisfaction) : null,
  ...start,
});

/** The values as the schema reads them: no resolved day is null, the satisfaction a number or null. */
export const incidentInputOf = (values: IncidentFormValues) => ({
  ...values,
  resolvedOn: values.resolvedOn.trim() === '' ? null : values.resolvedOn,
  satisfaction: values.satisfaction ? Number(values.satisfaction) : null,
});

/** The days to resolve the form's dates give, when both are days and in order. */
export function formDaysToResolve(values: Pick<IncidentFormValues, 'date' | 'resolvedOn'>): number | null {
  const date = parseDay(values.date);
  const resolvedOn = parseDay(values.resolvedOn);
  if (!date || !resolvedOn || resolvedOn < date) return null;
  return daysToResolve({ date, resolvedOn });
}
