import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/error-message';
import { Refusal, type RefusalCode, type RefusalParams } from '../../shared/refusal';
import { formatDay } from '../i18n/format';

// The one place a refusal's code becomes a sentence in the user's language (keys under `refusals`).

/** Parameters that are calendar dates, shown as that day in the user's locale. */
const dayParams: Partial<Record<RefusalCode, readonly string[]>> = {
  'absence.overlaps': ['from', 'to'],
};

export function refusalMessage(t: TFunction, refusal: { code: RefusalCode; params?: RefusalParams }): string {
  const params: Record<string, string | number> = { ...refusal.params };
  for (const name of dayParams[refusal.code] ?? []) {
    const value = params[name];
    if (typeof value === 'string') params[name] = formatDay(value);
  }
  return t(`refusals.${refusal.code}`, params);
}

/** Any failure in the user's language: a refusal by its code, anything else as it came. */
export const failureText = (t: TFunction, error: unknown): string =>
  error instanceof Refusal ? refusalMessage(t, error) : errorMessage(error);

export function useFailureText() {
  const { t } = useTranslation();
  return useCallback((error: unknown) => failureText(t, error), [t]);
}
