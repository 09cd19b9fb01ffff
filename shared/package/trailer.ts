import { z } from 'zod';
import { revSchema } from '../schema/envelope';
import { type TableName, tableNames } from '../schema/tables';
import { PackageError } from './errors';

// The last content line, `{"end":{…}}`: counts and checksum. Version 1 also carried the writer's `known`
// vector here, outside the checksum; it is still parsed (a damaged one refuses the file as before), then
// dropped by the content reader.

const countsSchema = z.partialRecord(
  z.enum(tableNames as [TableName, ...TableName[]]),
  z.number().int().min(0),
);
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');

const trailerSchema = z.object({ counts: countsSchema, sha256: sha256Schema });
const trailerV1Schema = trailerSchema.extend({
  known: z.record(z.string().min(1).max(64), revSchema),
});

export interface CheckedTrailer {
  counts: Partial<Record<TableName, number>>;
  sha256: string;
}

export function checkTrailer(value: unknown, line: number, formatVersion: number): CheckedTrailer {
  const result = (formatVersion === 1 ? trailerV1Schema : trailerSchema).safeParse(value);
  if (result.success) return { counts: result.data.counts, sha256: result.data.sha256 };
  const issue = result.error.issues[0];
  throw new PackageError('trailer_invalid', {
    line,
    field: issue ? issue.path.map(String).join('.') : '',
    issue: issue?.message ?? 'is invalid',
  });
}
