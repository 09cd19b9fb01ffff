import { z } from 'zod';
import type { customerSegments } from '../../../../shared/schema/customer';
import { type Duty, type DutyInput, dutyFields } from '../../../../shared/schema/duty';
import { type Problem, type Problems, textProblem } from '../../customers/field-problems';

// The duty form's values as typed, and their check against the duty schema: the limits (lengths,
// 0–80 hours, level 0–4, how many backups and regions) are read from shared/schema/duty.ts, so the form
// refuses exactly what the repository would, and says so on the field before anything is written.

export interface DutyFormValues {
  name: string;
  description: string;
  complexity: DutyInput['complexity'];
  /** NumberInput gives '' while empty. */
  hoursPerWeek: number | string;
  requiredSkill: string;
  requiredLevel: number | string;
  primaryId: string | null;
  backupIds: string[];
  segments: (typeof customerSegments)[number][];
  regions: string[];
  routesOrders: boolean;
}

export type DutyField = keyof DutyFormValues;

export const dutyFormFields: readonly DutyField[] = [
  'name',
  'description',
  'complexity',
  'hoursPerWeek',
  'requiredSkill',
  'requiredLevel',
  'primaryId',
  'backupIds',
  'segments',
  'regions',
  'routesOrders',
];

export const emptyDutyValues = (): DutyFormValues => ({
  name: '',
  description: '',
  complexity: 'standard',
  hoursPerWeek: 0,
  requiredSkill: '',
  requiredLevel: 0,
  primaryId: null,
  backupIds: [],
  segments: [],
  regions: [],
  routesOrders: false,
});

export const dutyValuesFrom = (duty: Duty): DutyFormValues => ({
  name: duty.name,
  description: duty.description,
  complexity: duty.complexity,
  hoursPerWeek: duty.hoursPerWeek,
  requiredSkill: duty.requiredSkill,
  requiredLevel: duty.requiredLevel,
  primaryId: duty.primaryId,
  backupIds: duty.backupIds,
  segments: duty.covers.segments,
  regions: duty.covers.regions,
  routesOrders: duty.routesOrders,
});

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodDefault ? unwrap(schema.unwrap() as z.ZodType) : schema;
const numberLimits = (schema: z.ZodType) => {
  const inner = unwrap(schema) as z.ZodNumber;
  return { min: inner.minValue ?? 0, max: inner.maxValue ?? Number.MAX_SAFE_INTEGER };
};
const shape = dutyFields.shape;
const coverShape = shape.covers.unwrap().shape;
export const dutyLimits = {
  hours: numberLimits(shape.hoursPerWeek),
  level: numberLimits(shape.requiredLevel),
};

const problem = (name: string, params?: Problem['params']): Problem => ({
  key: `teamDuties.errors.${name}`,
  params,
});

/** A list checked with its schema: too many items (`tooMany`), or one item too long (`tooLong`). */
function listProblem(list: readonly string[], schema: z.ZodType, tooMany: string, tooLong?: string) {
  const issue = schema.safeParse(list).error?.issues[0];
  if (!issue) return undefined;
  const max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
  return problem(issue.path.length === 0 || !tooLong ? tooMany : tooLong, { max });
}

const numberIn = (value: number | string, limits: { min: number; max: number }, integer: boolean) => {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  const ok = Number.isFinite(n) && n >= limits.min && n <= limits.max && (!integer || Number.isInteger(n));
  return ok ? n : null;
};

/** What is wrong with each field, and the duty's input when nothing is. */
export function checkDutyValues(values: DutyFormValues): {
  problems: Problems<DutyField>;
  input: DutyInput | null;
} {
  const problems: Problems<DutyField> = {};
  const set = (field: DutyField, found: Problem | undefined) => {
    if (found) problems[field] = found;
  };
  set('name', textProblem(values.name, shape.name, true));
  set('description', textProblem(values.description, shape.description, false));
  set('requiredSkill', textProblem(values.requiredSkill, shape.requiredSkill, false));
  const hours = numberIn(values.hoursPerWeek, dutyLimits.hours, false);
  if (hours === null) set('hoursPerWeek', problem('hours', dutyLimits.hours));
  const level = numberIn(values.requiredLevel, dutyLimits.level, true);
  if (level === null) set('requiredLevel', problem('level', dutyLimits.level));
  // A primary is not also a backup (the matrix keeps one role per person).
  const backupIds = values.backupIds.filter((id) => id !== values.primaryId);
  set('backupIds', listProblem(backupIds, shape.backupIds, 'tooManyBackups'));
  const regions = [...new Set(values.regions.map((r) => r.trim()).filter((r) => r !== ''))];
  set('regions', listProblem(regions, coverShape.regions, 'tooManyRegions', 'regionTooLong'));
  if (Object.keys(problems).length > 0 || hours === null || level === null) return { problems, input: null };
  return {
    problems,
    input: {
      name: values.name.trim(),
      description: values.description.trim(),
      complexity: values.complexity,
      hoursPerWeek: hours,
      requiredSkill: values.requiredSkill.trim(),
      requiredLevel: level,
      primaryId: values.primaryId,
      backupIds,
      routesOrders: values.routesOrders,
      covers: { segments: values.segments, regions },
    },
  };
}

/** A refused field path from the repository ('covers.regions.2') → the form field it belongs to. */
export function formFieldOf(path: string): DutyField | null {
  const [head, next] = path.split('.');
  const field = (head === 'covers' ? next : head) as DutyField;
  return dutyFormFields.includes(field) ? field : null;
}
