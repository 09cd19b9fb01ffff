import { z } from 'zod';
import { revSchema } from '../schema/envelope';
import { type TableName, tableNames } from '../schema/tables';
import { PackageError } from './errors';
import type { PackageTrailer } from './types';

// The last content line, `{"end":{…}}`: counts, checksum and what the writer knows.

const trailerSchema = z.object({
  counts: z.partialRecord(z.enum(tableNames as [TableName, ...TableName[]]), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  known: z.record(z.string().min(1).max(64), revSchema),
});

export function checkTrailer(value: unknown, line: number): PackageTrailer {
  const result = trailerSchema.safeParse(value);
  if (result.success) return result.data as PackageTrailer;
  const issue = result.error.issues[0];
  throw new PackageError('trailer_invalid', {
    line,
    field: issue ? issue.path.map(String).join('.') : '',
    issue: issue?.message ?? 'is invalid',
  });
}
