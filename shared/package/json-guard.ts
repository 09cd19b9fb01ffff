import { PackageError } from './errors';
import type { PackageLimits } from './limits';

// Parsing one line of a package. JSON.parse itself is safe (a `__proto__` key becomes an own property, it
// does not reach Object.prototype), but such keys are poison for whatever spreads or merges the object
// later, so they are refused anywhere, at any depth, before the value is handed on. Strings and arrays are
// bounded too. The walk keeps its own stack: a deeply nested line cannot overflow the call stack.

export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type GuardLimits = Pick<PackageLimits, 'maxStringLength' | 'maxArrayLength'>;

/** Parse a line and check every key, string and array in it; `where` goes into the error's details. */
export function parseGuardedJson(text: string, limits: GuardLimits, where: Record<string, unknown>): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PackageError('invalid_json', { ...where, issue: (error as Error).message });
  }
  guard(value, limits, where);
  return value;
}

function guard(root: unknown, limits: GuardLimits, where: Record<string, unknown>): void {
  const stack: [value: unknown, key: string][] = [[root, '']];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [value, key] = next;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength)
        throw new PackageError('string_too_long', {
          ...where,
          key,
          length: value.length,
          limit: limits.maxStringLength,
        });
    } else if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength)
        throw new PackageError('array_too_long', {
          ...where,
          key,
          length: value.length,
          limit: limits.maxArrayLength,
        });
      for (const item of value) if (item !== null && typeof item !== 'number') stack.push([item, key]);
    } else if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) {
        if (forbiddenKeys.has(k)) throw new PackageError('forbidden_key', { ...where, key: k });
        if (k.length > limits.maxStringLength)
          throw new PackageError('string_too_long', {
            ...where,
            key: k.slice(0, 40),
            limit: limits.maxStringLength,
          });
        const item = (value as Record<string, unknown>)[k];
        if (item !== null && typeof item === 'object') stack.push([item, k]);
        else if (typeof item === 'string' && item.length > limits.maxStringLength)
          throw new PackageError('string_too_long', {
            ...where,
            key: k,
            length: item.length,
            limit: limits.maxStringLength,
          });
      }
    }
  }
}
