import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackageError, readPackage } from '../../../shared/package';
import { RECEIVER } from '../../fixtures/packages/bad-cases-receiver';

// The bad-file corpus (test/fixtures/packages/make-bad-packages.ts rebuilds it): every file is refused with
// its expected code and the details that name the problem, and a problem in the header or the first
// segment stops the reader before any record is handed on.

const dir = join(import.meta.dirname, '../../fixtures/packages/bad');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string } & Record<string, unknown>
>;
const files = readdirSync(dir).filter((f) => f.endsWith('.sdpkg'));

/** Problems found before the body is read: no record may have been handed on. */
const beforeBody = new Set([
  'empty',
  'not_a_package',
  'format_version',
  'schema_newer',
  'header_invalid',
  'wrong_passphrase',
  'created_in_future',
  'own_device',
]);

describe('bad package corpus', () => {
  it('has at least 55 files, each with an expected problem, and nothing unlisted', () => {
    expect(files.length).toBeGreaterThanOrEqual(55);
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
    expect(new Set(files.map((f) => f.split('-')[0])).size).toBe(files.length);
  });

  it.each(files)('%s is refused as expected', async (file) => {
    const { code, ...details } = expected[file] as { code: string };
    let records = 0;
    const error = await readPackage(readFileSync(join(dir, file)), {
      maxSchemaVersion: 20261128,
      passphrase: 'correct horse battery staple',
      // The encrypted cases are small files cut into several small segments; the minimum segment size
      // has its own test (package-bounds.test.ts).
      limits: { minSegmentSize: 1 },
      exists: async () => new Set(),
      receiver: { deviceId: RECEIVER },
      onRecord: () => {
        records++;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackageError);
    const problem = error as PackageError;
    expect(problem.code).toBe(code);
    expect(problem.details).toMatchObject(details);
    expect(problem.message).toContain(code);
    // Enough to name the problem: where it is, or (for whole-file problems) why.
    if (!['empty', 'wrong_passphrase'].includes(code))
      expect(Object.keys(problem.details).length).toBeGreaterThan(0);
    if (beforeBody.has(code) || problem.details.line === 1 || problem.details.where === 'header')
      expect(records).toBe(0);
  });
});
