import { type SlaStage, slaStages } from '../../../shared/rules/sla';
import type { OfficeSettings } from '../../../shared/schema/office-settings';

// The working-time and SLA form: the office settings as the fields hold them — working days as chip
// values, no lunch as two empty times, targets in hours (NumberInput gives '' while empty) — and back to
// the settings the schema checks (targets in whole minutes).

type Hours = number | string;

export interface SlaFormValues extends Record<string, unknown> {
  currency: string;
  calendar: {
    timeZone?: string;
    workingDays: string[];
    dayStart: string;
    dayEnd: string;
    lunch: { start: string; end: string };
    holidays: string[];
    extraWorkingDays: string[];
  };
  slaTargets: Record<SlaStage, { normal: Hours; urgent: Hours }>;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const minutes = (value: Hours) => (value === '' ? undefined : Math.round(Number(value) * 60));

export function slaFormValues(settings: OfficeSettings): SlaFormValues {
  const cal = settings.calendar;
  return {
    currency: settings.currency,
    calendar: {
      ...(cal.timeZone ? { timeZone: cal.timeZone } : {}),
      workingDays: cal.workingDays.map(String),
      dayStart: cal.dayStart,
      dayEnd: cal.dayEnd,
      lunch: { start: cal.lunch?.start ?? '', end: cal.lunch?.end ?? '' },
      holidays: [...cal.holidays],
      extraWorkingDays: [...cal.extraWorkingDays],
    },
    slaTargets: Object.fromEntries(
      slaStages.map((stage) => [
        stage,
        {
          normal: hours(settings.slaTargets[stage].normal),
          urgent: hours(settings.slaTargets[stage].urgent),
        },
      ]),
    ) as SlaFormValues['slaTargets'],
  };
}

/** The values as the office-settings schema reads them. */
export function slaSettingsOf(values: SlaFormValues) {
  const { lunch, workingDays, ...calendar } = values.calendar;
  return {
    currency: values.currency,
    calendar: {
      ...calendar,
      workingDays: workingDays.map(Number).sort((a, b) => a - b),
      // Both times empty: no lunch break.
      lunch: lunch.start === '' && lunch.end === '' ? null : lunch,
    },
    slaTargets: Object.fromEntries(
      slaStages.map((stage) => {
        const pair = values.slaTargets[stage];
        return [stage, { normal: minutes(pair.normal), urgent: minutes(pair.urgent) }];
      }),
    ),
  };
}
