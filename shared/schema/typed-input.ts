import { z } from 'zod';
import {
  type DecimalInputReason,
  formatScaledDecimal,
  parseMoneyInput,
  parsePercentInput,
  parseScaledDecimal,
} from '../rules/money-input';

// Numbers as a person types them into a form ('1,280.50', '13 %'), turned into what records store — money
// in integer minor units, percentages in basis points — and then checked by the entity's own field schema,
// so the limits stay in one place. A text that is not such a number is refused with its own code.

const amountCodes = {
  empty: 'field.required',
  invalid: 'amount.invalid',
  negative: 'amount.negative',
  decimals: 'amount.decimals',
  tooLarge: 'amount.tooLarge',
} as const satisfies Record<DecimalInputReason, string>;

/**
 * An amount typed in the currency's units, as minor units checked by `field` (e.g. the schema's
 * `creditLimit`). `empty`: what a blank field means (e.g. no discount), else a blank is refused.
 */
export const amountText = (
  digits: number,
  field: z.ZodType<number, number | undefined>,
  options: { empty?: number } = {},
) =>
  z
    .string()
    .transform((text, ctx): number | undefined => {
      if (options.empty !== undefined && text.trim() === '') return options.empty;
      const parsed = parseMoneyInput(text, digits);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({
        code: 'custom',
        message: `is not an amount (${parsed.reason})`,
        params: { code: amountCodes[parsed.reason], digits },
      });
      return z.NEVER;
    })
    .pipe(field);

/** A percentage typed from 0 to 100 ('13', '6.5 %'), as basis points checked by `field`. */
export const percentText = (field: z.ZodType<number, number | undefined>) =>
  z
    .string()
    .transform((text, ctx): number | undefined => {
      const parsed = parsePercentInput(text);
      if (parsed.ok) return parsed.value;
      const code =
        parsed.reason === 'empty'
          ? 'field.required'
          : parsed.reason === 'decimals'
            ? 'percent.decimals'
            : 'percent.invalid';
      ctx.addIssue({ code: 'custom', message: `is not a percentage (${parsed.reason})`, params: { code } });
      return z.NEVER;
    })
    .pipe(field);

/**
 * The most decimals a quantity may carry: a typed 2.125 kg, and also what an imported file stored
 * (0.33333), so an imported order can be edited without retyping its quantities. Beyond this a float
 * could not hold the value exactly anyway.
 */
const QUANTITY_DECIMALS = 9;

/** A quantity typed as text ('3', '2.5', '1,000'), checked by `field` (e.g. an order line's quantity). */
export const quantityText = (field: z.ZodType<number, number | undefined>) =>
  z
    .string()
    .transform((text, ctx): number | undefined => {
      const parsed = parseScaledDecimal(text, QUANTITY_DECIMALS);
      // Divided as decimal text, not as a float product, so '0.3' is 0.3 and not 0.30000000000000004.
      if (parsed.ok) return Number(formatScaledDecimal(parsed.value, QUANTITY_DECIMALS, { trimZeros: true }));
      // A negative quantity is refused by `field` as not more than 0, like a zero.
      if (parsed.reason === 'negative') return -1;
      ctx.addIssue({
        code: 'custom',
        message: `is not a quantity (${parsed.reason})`,
        params:
          parsed.reason === 'empty'
            ? { code: 'field.required' }
            : parsed.reason === 'decimals'
              ? { code: 'quantity.decimals', digits: QUANTITY_DECIMALS }
              : { code: 'quantity.invalid' },
      });
      return z.NEVER;
    })
    .pipe(field);
