import { Alert } from '@mantine/core';

/** What a form could not save and that belongs to none of its fields, in the user's language. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" data-testid="form-error">
      {message}
    </Alert>
  );
}
