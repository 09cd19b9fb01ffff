import type { InputWrapperProps } from '@mantine/core';

/** A field's hint under its input, above its error: what a field takes is read after seeing the field. */
export const hintBelow: Pick<InputWrapperProps, 'inputWrapperOrder'> = {
  inputWrapperOrder: ['label', 'input', 'description', 'error'],
};
