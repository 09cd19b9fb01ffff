import { TextInput, type TextInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { hintBelow } from './record-form/hint-below';

/**
 * An amount typed as text in a currency ('1280.50'), its symbol in front: text, so what is typed is kept
 * exactly as typed and parsed to minor units without floats. A hint goes under the field, above its error.
 */
export function AmountInput({
  symbol,
  ...props
}: TextInputProps & { symbol: string; ref?: Ref<HTMLInputElement> }) {
  return <TextInput inputMode="decimal" leftSection={symbol} {...hintBelow} {...props} />;
}
