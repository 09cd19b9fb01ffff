import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isRefusalCode, issueRefusal, Refusal, refusalCodes } from '../../../shared/refusal';
import { validate } from '../../../shared/validation';
import { resources } from '../../support/all-strings';

// Refusals are codes from one closed list; the UI says each in both languages. A code nobody can read,
// or a schema naming a code that is not on the list, fails here rather than on a user's screen.

type Tree = { [key: string]: string | Tree };
const messageFor = (language: 'en' | 'zh-CN', code: string) =>
  code
    .split('.')
    .reduce<Tree | string | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      (resources[language].translation as Tree).refusals,
    );

const issuesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues ?? [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('refusal codes', () => {
  it('every code has a message in zh-CN and in en', () => {
    const missing = refusalCodes.flatMap((code) =>
      (['en', 'zh-CN'] as const)
        .filter((l) => typeof messageFor(l, code) !== 'string')
        .map((l) => `${l}: ${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('every code the code base names is on the list', () => {
    const root = join(import.meta.dirname, '../../..');
    const named = new Set<string>();
    for (const file of [...sourceFiles(join(root, 'shared')), ...sourceFiles(join(root, 'renderer'))]) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/code: '([a-z]+\.[a-zA-Z]+)'/g)) named.add(match[1] as string);
      for (const match of source.matchAll(/new Refusal\(\s*'([^']+)'/g)) named.add(match[1] as string);
    }
    expect(named.size).toBeGreaterThan(20);
    expect([...named].filter((code) => !isRefusalCode(code))).toEqual([]);
  });

  it('reads a schema’s issues as codes with their parameters', () => {
    const schema = z.object({
      name: z.string().trim().min(1).max(3),
      list: z.array(z.string()).min(2).max(3),
      level: z.number().int().min(0).max(4),
      hours: z.number().gt(0).lt(80),
      day: z.iso.date(),
      id: z.uuid(),
      kind: z.enum(['a', 'b']),
      money: z.number().int().safe(),
      rule: z.string().refine(() => false, { params: { code: 'date.endBeforeStart' } }),
      other: z.string().refine(() => false, { params: { code: 'not.a.code' } }),
    });
    const codes = (value: Record<string, unknown>) =>
      Object.fromEntries(issuesOf(schema, value).map((issue) => [issue.path.join('.'), issueRefusal(issue)]));
    const base = {
      name: 'ab',
      list: ['x', 'y'],
      level: 1,
      hours: 8,
      day: '2026-12-01',
      id: crypto.randomUUID(),
      kind: 'a',
      money: 1,
      rule: '',
      other: '',
    };
    expect(
      codes({ ...base, name: ' ', list: ['x'], level: 1.5, hours: 0, day: '12/01/2026', id: '', kind: 'c' }),
    ).toMatchObject({
      name: { code: 'field.required' },
      list: { code: 'field.tooFew', params: { min: 2 } },
      level: { code: 'field.wholeNumber' },
      hours: { code: 'field.moreThan', params: { min: 0 } },
      day: { code: 'field.date' },
      id: { code: 'field.choose' },
      kind: { code: 'field.choose' },
    });
    expect(
      codes({ ...base, name: 'abcd', list: ['1', '2', '3', '4'], level: 5, hours: 80, money: 2 ** 60 }),
    ).toMatchObject({
      name: { code: 'field.tooLong', params: { max: 3 } },
      list: { code: 'field.tooMany', params: { max: 3 } },
      level: { code: 'field.atMost', params: { max: 4 } },
      hours: { code: 'field.lessThan', params: { max: 80 } },
      money: { code: 'amount.tooLarge' },
      rule: { code: 'date.endBeforeStart' },
      other: { code: 'field.invalid' },
    });
  });

  it('a refused record names its table, field and code, and its message is for logs only', () => {
    const schema = z.object({ lines: z.array(z.object({ quantity: z.number().positive() })) });
    try {
      validate('orders', schema, { lines: [{ quantity: 1 }, { quantity: -2 }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Refusal);
      expect(error).toMatchObject({
        table: 'orders',
        field: 'lines.1.quantity',
        code: 'field.moreThan',
        params: { min: 0 },
      });
      expect((error as Refusal).message).toBe('orders.lines.1.quantity: refused (field.moreThan) {"min":0}');
    }
  });
});
