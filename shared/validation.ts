import type { z } from 'zod';

/** A record was refused: names the table, the field and what is wrong, so the UI can point at it. */
export class RecordValidationError extends Error {
  constructor(
    readonly table: string,
    readonly field: string,
    readonly reason: string,
    /** The schema's own issue, when a schema refused it (lets the UI say it in the user's language). */
    readonly issue?: z.core.$ZodIssue,
  ) {
    super(`${table}: ${field || '(record)'} ${reason}`);
    this.name = 'RecordValidationError';
  }
}

/** Parse with a zod schema; on failure throw the first issue as a RecordValidationError. */
export function validate<S extends z.ZodType>(table: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  throw new RecordValidationError(table, field, issue?.message ?? 'is invalid', issue);
}
