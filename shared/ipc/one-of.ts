/** A type guard for "one of these strings" (menu commands, backup reasons, …) as they arrive over IPC. */
export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
