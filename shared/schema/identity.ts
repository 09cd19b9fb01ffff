import { z } from 'zod';
import { prefixPattern } from '../rules/order-number';
import { nameText } from './envelope';

/**
 * What a person names this machine: a name people recognise it by, and the prefix of the order numbers it
 * gives (1–6 letters or digits, upper-cased as typed), e.g. `A1` for `A1-20261128-0042`.
 */
export const identityFields = z.object({
  machineName: nameText(60),
  orderPrefix: z
    .string()
    .trim()
    .toUpperCase()
    .refine((prefix) => prefixPattern.test(prefix), {
      message: 'must be 1–6 letters or digits',
      params: { code: 'identity.prefix' },
    }),
});

export type IdentityInput = z.input<typeof identityFields>;
