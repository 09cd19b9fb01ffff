import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORM_ERROR, fieldFor, issuesToErrors } from '../../../renderer/ui/record-form/field-paths';

// Where a record form shows a refusal: on the input bound to the longest part of its path, else above
// the buttons.

describe('record form field paths', () => {
  const bound = new Set(['name', 'covers.regions', 'lines.0.quantity', 'lines']);

  it('finds the input a path belongs to', () => {
    expect(fieldFor(['name'], bound)).toBe('name');
    expect(fieldFor(['covers', 'regions', 3], bound)).toBe('covers.regions');
    expect(fieldFor(['lines', 0, 'quantity'], bound)).toBe('lines.0.quantity');
    expect(fieldFor(['lines', 1, 'discount'], bound)).toBe('lines');
    expect(fieldFor(['id'], bound)).toBeNull();
    expect(fieldFor([], bound)).toBeNull();
  });

  it('keeps each field’s first message, and the rest above the buttons', () => {
    const schema = z
      .object({ name: z.string().min(1).max(2), covers: z.object({ regions: z.array(z.string().max(2)) }) })
      .refine(() => false, { params: { code: 'record.changed' } });
    const issues =
      schema.safeParse({ name: 'abc', covers: { regions: ['ok', 'too long'] } }, {}).error?.issues ?? [];
    const said = (refusal: { code: string; params: object }) =>
      `${refusal.code} ${JSON.stringify(refusal.params)}`;
    expect(issuesToErrors(issues, bound, said)).toEqual({
      name: 'field.tooLong {"max":2}',
      'covers.regions': 'field.tooLong {"max":2}',
      [FORM_ERROR]: 'record.changed {}',
    });
    const whole = z.object({ id: z.uuid() }).safeParse({ id: 'x' }).error?.issues ?? [];
    expect(issuesToErrors(whole, bound, said)).toEqual({ [FORM_ERROR]: 'field.choose {}' });
  });
});
