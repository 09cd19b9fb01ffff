import { z } from 'zod';
import type { DecimalInputReason } from '../../../shared/rules/money-input';
import { RecordValidationError } from '../../../shared/validation';

// What is wrong with a form field, as a translation key under customersArea.errors and its
// parameters. The checks are pure so they can be tested without a form; the form translates them.

export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

export type Problems<F extends string> = Partial<Record<F, Problem>>;

const problem = (name: string, params?: Problem['params']): Problem => ({
  key: `customersArea.errors.${name}`,
  params,
});

/** The `max(n)` of a text field in the entity schema, so forms and repositories agree on limits. */
export function maxLengthOf(schema: z.ZodType): number {
  const inner = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
  return inner instanceof z.ZodString
    ? (inner.maxLength ?? Number.POSITIVE_INFINITY)
    : Number.POSITIVE_INFINITY;
}

/** Required or optional text, checked against the schema's length limit (after trimming, as saved). */
export function textProblem(value: string, schema: z.ZodType, required: boolean): Problem | undefined {
  const text = value.trim();
  if (required && text === '') return problem('required');
  const max = maxLengthOf(schema);
  if (text.length > max) return problem('tooLong', { max });
  return undefined;
}

export function emailProblem(value: string, schema: z.ZodType): Problem | undefined {
  const tooLong = textProblem(value, schema, false);
  if (tooLong) return tooLong;
  const text = value.trim();
  return text && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? problem('email') : undefined;
}

export function amountProblem(reason: DecimalInputReason, digits: number): Problem {
  switch (reason) {
    case 'empty':
      return problem('amountRequired');
    case 'negative':
      return problem('amountNegative');
    case 'decimals':
      return problem('amountDecimals', { digits });
    case 'tooLarge':
      return problem('amountTooLarge');
    default:
      return problem('amountInvalid');
  }
}

export function percentProblem(reason: DecimalInputReason | 'range'): Problem {
  if (reason === 'empty') return problem('required');
  if (reason === 'decimals') return problem('taxDecimals');
  return problem('taxInvalid');
}

/** Tags checked with the schema: too many (the array's max) or one too long (the element's max). */
export function tagsProblem(tags: readonly string[], schema: z.ZodType): Problem | undefined {
  const result = schema.safeParse(tags.map((tag) => tag.trim()));
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_big' && issue.path.length === 0) {
    return problem('tooManyTags', { max: Number(issue.maximum) });
  }
  if (issue?.code === 'too_big') return problem('tagTooLong', { max: Number(issue.maximum) });
  return problem('required');
}

export const takenProblem = (
  kind: 'code' | 'sku',
  clash: { code: string; name: string; deleted: boolean },
): Problem =>
  problem(`${kind}Taken${clash.deleted ? 'Deleted' : ''}`, { code: clash.code, name: clash.name });

/**
 * Where a save failed: a record the repository refused names its field (`tags.2` → `tags`); anything
 * else is general. (Codes are checked before saving; two machines may still bring the same code, which
 * a package import reports.)
 */
export function saveProblem<F extends string>(
  error: unknown,
  fields: readonly F[],
): { field: F | null; problem: Problem } {
  if (error instanceof RecordValidationError) {
    const field = error.field.split('.')[0] as F;
    return {
      field: fields.includes(field) ? field : null,
      problem: problem('rejected', { reason: error.reason }),
    };
  }
  return {
    field: null,
    problem: problem('saveFailed', { message: String((error as Error)?.message ?? error) }),
  };
}
