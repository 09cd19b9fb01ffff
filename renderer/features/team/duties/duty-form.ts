import { z } from 'zod';
import type { customerSegments } from '../../../../shared/schema/customer';
import { type Duty, type DutyInput, dutyFields } from '../../../../shared/schema/duty';

// The duty form checks a duty with the duty schema itself: lengths, 0–80 hours, level 0–4, how many
// backups and regions. Its hints read the number ranges from that schema too.

export interface DutyFormValues extends Record<string, unknown> {
  name: string;
  description: string;
  complexity: DutyInput['complexity'];
  /** NumberInput gives '' while empty. */
  hoursPerWeek: number | string;
  requiredSkill: string;
  requiredLevel: number | string;
  requiredCourseId: string | null;
  primaryId: string | null;
  backupIds: string[];
  covers: { segments: (typeof customerSegments)[number][]; regions: string[] };
  routesOrders: boolean;
}

/** What the form shows: the duty as stored, or a new standard duty nobody holds yet. */
export const dutyFormValues = (duty: Duty | null): DutyFormValues => ({
  name: duty?.name ?? '',
  description: duty?.description ?? '',
  complexity: duty?.complexity ?? 'standard',
  hoursPerWeek: duty?.hoursPerWeek ?? 0,
  requiredSkill: duty?.requiredSkill ?? '',
  requiredLevel: duty?.requiredLevel ?? 0,
  requiredCourseId: duty?.requiredCourseId ?? null,
  primaryId: duty?.primaryId ?? null,
  backupIds: [...(duty?.backupIds ?? [])],
  covers: { segments: [...(duty?.covers.segments ?? [])], regions: [...(duty?.covers.regions ?? [])] },
  routesOrders: duty?.routesOrders ?? false,
});

/** The values as the schema reads them: the primary is not also a backup (the matrix keeps one role each). */
export const dutyInputOf = (values: DutyFormValues) => ({
  ...values,
  backupIds: values.backupIds.filter((id) => id !== values.primaryId),
});

const numberRange = (schema: z.ZodType) => {
  const inner = (schema instanceof z.ZodDefault ? schema.unwrap() : schema) as z.ZodNumber;
  return { min: inner.minValue ?? 0, max: inner.maxValue ?? Number.MAX_SAFE_INTEGER };
};

/** The ranges the hints name, as the schema sets them. */
export const dutyRanges = {
  hours: numberRange(dutyFields.shape.hoursPerWeek),
  level: numberRange(dutyFields.shape.requiredLevel),
};
