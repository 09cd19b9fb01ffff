import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHOICES } from '../../../renderer/features/sharing/field-value';
import { languageFromLocale, mergeTrees } from '../../../renderer/i18n';
import { packageErrorCodes } from '../../../shared/package';
import { recordFieldNames, tableNames, tableSchemas } from '../../../shared/schema/tables';
import { resources } from '../../support/all-strings';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The values a field of closed choices takes (an enum, perhaps nullable). */
function choicesOf(field: z.ZodType): string[] {
  let inner = field;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodEnum)) throw new Error('not a field of choices');
  return inner.options.map(String);
}

const enKeys = leaves(resources.en.translation as Tree);
const zhKeys = leaves(resources['zh-CN'].translation as Tree);
const rendererDir = join(import.meta.dirname, '../../../renderer');

describe('translations', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('no translation is empty, and interpolations match between languages', () => {
    for (const [key, value] of enKeys) {
      const zh = zhKeys.get(key) ?? '';
      expect(value.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(zh), key).toEqual(vars(value));
    }
  });

  it('every reason a package is refused has its message in both languages', () => {
    for (const code of packageErrorCodes) {
      expect(enKeys.has(`sharingArea.errors.${code}`), code).toBe(true);
      expect(zhKeys.has(`sharingArea.errors.${code}`), code).toBe(true);
    }
  });

  it('every key the renderer asks for exists in both languages', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(rendererDir)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([\w.-]+)'/g)) {
        const key = match[1] as string;
        // A plural key (t('x', { count })) is there as x_other (and x_one), as i18next reads it.
        const has = (keys: Map<string, string>) => keys.has(key) || keys.has(`${key}_other`);
        if (!has(enKeys) || !has(zhKeys)) missing.push(`${file}: ${key}`);
      }
      // Keys built from a template, e.g. t(`status.${s}`): the prefix must be a section in both.
      for (const match of source.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) {
        const prefix = `${match[1]}.`;
        const inEn = [...enKeys.keys()].some((k) => k.startsWith(prefix));
        const inZh = [...zhKeys.keys()].some((k) => k.startsWith(prefix));
        if (!inEn || !inZh) missing.push(`${file}: ${prefix}*`);
      }
    }
    expect(missing).toEqual([]);
  });

  // The import preview builds its keys at run time from the package's tables and their records' fields:
  // collected here from the schemas, so a new table, field or choice without words in both languages fails.
  it('every table, field and choice the import preview and its conflicts show has words in both languages', () => {
    const wanted = tableNames.flatMap((table) => [
      `sharingArea.tables.${table}`,
      'sharingArea.fieldNames.deleted',
      ...recordFieldNames(table).map((field) => `sharingArea.fieldNames.${field}`),
      ...Object.entries(CHOICES[table] ?? {}).flatMap(([field, prefix]) =>
        choicesOf(tableSchemas[table].shape[field as never]).map((value) => `${prefix}.${value}`),
      ),
    ]);
    expect(wanted.length).toBeGreaterThan(100);
    expect([...new Set(wanted)].filter((key) => !enKeys.has(key) || !zhKeys.has(key))).toEqual([]);
  });

  it('a feature sub-folder adds to its feature key, and a string defined twice is refused', () => {
    const merged = mergeTrees(
      { area: { tabs: { a: 'A' } } },
      { 'x/locales/en.json': { area: { sessions: { title: 'S' } } } },
      'en',
    );
    expect(merged).toEqual({ area: { tabs: { a: 'A' }, sessions: { title: 'S' } } });
    expect(() =>
      mergeTrees(
        { area: { tabs: { a: 'A' } } },
        { 'y/locales/en.json': { area: { tabs: { a: 'B' } } } },
        'en',
      ),
    ).toThrow('y/locales/en.json: key "area.tabs.a" is already defined');
  });

  it('the default language follows the system: any Chinese locale → zh-CN, else en', () => {
    expect(languageFromLocale('zh-CN')).toBe('zh-CN');
    expect(languageFromLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(languageFromLocale('zh-TW')).toBe('zh-CN');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale('de')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
