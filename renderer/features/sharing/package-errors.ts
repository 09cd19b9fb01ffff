import type { TFunction } from 'i18next';
import { errorMessage } from '../../../shared/error-message';
import { PackageError } from '../../../shared/package';

// A package problem in words: what is wrong (by code) and where (line, table, record, field), so the
// user can tell the sender exactly what to fix.

export function describePackageError(t: TFunction, error: unknown): string {
  if (!(error instanceof PackageError))
    return t('sharingArea.errors.unexpected', { message: errorMessage(error) });
  const details = (error.details ?? {}) as Record<string, unknown>;
  const what = t(`sharingArea.errors.${error.code}`, { ...details, defaultValue: error.message });
  // An order's number is in its own message already when the message names it.
  const named = error.code === 'order_totals';
  const where = (['line', 'table', 'number', 'id', 'field'] as const)
    .filter((key) => details[key] !== undefined && details[key] !== '' && !(named && key === 'number'))
    .map((key) => t(`sharingArea.errors.where.${key}`, { value: String(details[key]) }));
  return where.length > 0 ? `${what} (${where.join(', ')})` : what;
}
