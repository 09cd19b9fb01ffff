import type { z } from 'zod';
import { refusalOfIssue } from './refusal';

/** Parse with a zod schema; on failure throw its first issue as a Refusal naming the table and field. */
export function validate<S extends z.ZodType>(table: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new Error(`${table}: refused without an issue`);
  throw refusalOfIssue(table, issue);
}
