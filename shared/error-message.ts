/** What went wrong, as text for a log line or a "failed: …" message: an Error's message, else the value. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
