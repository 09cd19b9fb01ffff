import { Textarea, type TextareaProps } from '@mantine/core';

/** Free text of a few lines (notes, a description): grows as it is typed, up to six lines. */
export function NotesInput(props: TextareaProps) {
  return <Textarea autosize minRows={2} maxRows={6} {...props} />;
}
