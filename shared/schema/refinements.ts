// The issues several record schemas raise in their refinements, each with the refusal code the forms
// translate: a range whose end comes before its start, one person named twice (or twice in one role), a
// choice a kind of record needs left empty.

/** An end (day or moment) before its start, on the end's field. */
export const endBeforeStart = (path: string, message = 'must not be before the start') => ({
  code: 'custom' as const,
  path: [path],
  message,
  params: { code: 'date.endBeforeStart' },
});

/** The same person named twice in a list, or in two places that want two people. */
export const samePerson = (path: string, message = 'names a person twice') => ({
  code: 'custom' as const,
  path: [path],
  message,
  params: { code: 'staff.samePerson' },
});

/** A field this kind of record needs, left empty. */
export const requiredFor = (path: string, message: string) => ({
  code: 'custom' as const,
  path: [path],
  message,
  params: { code: 'field.required' },
});
