import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RecordValidationError } from '../../shared/validation';

// Field-level messages straight from an entity's zod schema, so a form and the repository that saves it
// agree on every limit: the first problem of each field, in the user's language (keys under formErrors).

export function messageOf(t: TFunction, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? t('formErrors.required')
        : t(issue.inclusive ? 'formErrors.atLeast' : 'formErrors.moreThan', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('formErrors.tooLong', { max: Number(issue.maximum) })
        : issue.origin === 'array'
          ? t('formErrors.tooMany', { max: Number(issue.maximum) })
          : t('formErrors.atMost', { max: Number(issue.maximum) });
    case 'invalid_type':
      return t('formErrors.required');
    case 'invalid_format':
      return t(issue.format === 'date' ? 'formErrors.date' : 'formErrors.invalid');
    case 'invalid_value':
      return t('formErrors.choose');
    case 'custom':
      return issue.params?.key ? t(`formErrors.${String(issue.params.key)}`) : t('formErrors.invalid');
    default:
      return t('formErrors.invalid');
  }
}

/** `{ field: message }` for a form's values, or {} when the schema takes them. */
export function schemaErrors(t: TFunction, schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= messageOf(t, issue);
  }
  return errors;
}

/** What a command's own refusals (RecordValidationError reasons not from a schema) mean to the user. */
const commandReasons: readonly [RegExp, string][] = [
  [/^overlaps (\S+)…(\S+)$/, 'formErrors.overlaps'],
  [/^is not (a duty|a person|another duty)$/, 'formErrors.gone'],
  [/^is not an active person$/, 'formErrors.notActive'],
  [/^is the person removed$/, 'formErrors.samePerson'],
];

/** Any failure of a save, in the user's language: a refusal by its meaning, anything else as it came. */
export function refusalText(t: TFunction, error: unknown): string {
  if (!(error instanceof RecordValidationError))
    return error instanceof Error ? error.message : String(error);
  if (error.issue) return messageOf(t, error.issue);
  for (const [pattern, key] of commandReasons) {
    const match = pattern.exec(error.reason);
    if (match) return t(key, { from: match[1], to: match[2] });
  }
  return t('formErrors.invalid');
}

export function useRefusalText() {
  const { t } = useTranslation();
  return useCallback((error: unknown) => refusalText(t, error), [t]);
}

/** A refusal from a repository or a command, put on the field it names (the first segment of its path). */
export function refusalField(error: unknown): { field: string; reason: string } | null {
  if (!(error instanceof RecordValidationError)) return null;
  return { field: error.field.split('.')[0] ?? '', reason: error.reason };
}
