import type { z } from 'zod';
import { issueRefusal, type RefusalCode, type RefusalParams } from '../../../shared/refusal';

// Where a refusal shows: on the input bound to the longest part of its path that a form shows
// ('covers.regions.2' → the regions input), else above the form's buttons.

/** The key, among a form's errors, of what belongs to no field it shows. */
export const FORM_ERROR = '_form';

/** The bound field a path belongs to, or null when the form shows none of it. */
export function fieldFor(path: readonly PropertyKey[], bound: ReadonlySet<string>): string | null {
  for (let length = path.length; length > 0; length--) {
    const candidate = path.slice(0, length).map(String).join('.');
    if (bound.has(candidate)) return candidate;
  }
  return null;
}

/**
 * A schema's issues as a form's errors: the first message of each field it shows, and the first of the
 * rest under FORM_ERROR.
 */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  bound: ReadonlySet<string>,
  message: (refusal: { code: RefusalCode; params: RefusalParams }) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = fieldFor(issue.path, bound) ?? FORM_ERROR;
    errors[key] ??= message(issueRefusal(issue));
  }
  return errors;
}
