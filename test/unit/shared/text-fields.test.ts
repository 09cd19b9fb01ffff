import { describe, expect, it } from 'vitest';
import { Refusal } from '../../../shared/refusal';
import { customerFields } from '../../../shared/schema/customer';
import { idSchema, nameText, optionalText, text } from '../../../shared/schema/envelope';
import { identityFields } from '../../../shared/schema/identity';
import { orderEventSchema } from '../../../shared/schema/order-event';
import { productFields } from '../../../shared/schema/product';
import { staffFields } from '../../../shared/schema/staff';
import { validate } from '../../../shared/validation';

// Text fields, wherever a value comes from (a form, an import, a package): no NUL and no half character,
// names without bidirectional controls, ids in one case.

const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e as Refusal;
  }
  throw new Error('not refused');
};

describe('text no record may hold', () => {
  it('refuses NUL and lone surrogates in any text field, naming the field', () => {
    for (const bad of ['a\u0000b', '\u0000', 'x\ud800', '\udc00x', 'a\ud83d b'])
      for (const schema of [text(40), optionalText(40), nameText(40)])
        expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    const refusal = refusalOf(() =>
      validate('customers', customerFields, {
        code: 'C1',
        name: '华信',
        segment: 'key',
        creditLimit: 0,
        notes: 'a\u0000',
      }),
    );
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({ code: 'field.characters', field: 'notes' });
    expect(
      refusalOf(() =>
        validate('customers', customerFields, {
          code: 'C1',
          name: '华信',
          segment: 'key',
          creditLimit: 0,
          tags: ['\ud800'],
        }),
      ),
    ).toMatchObject({ code: 'field.characters', field: 'tags.0' });
  });

  it('keeps characters outside the basic plane, written as surrogate pairs', () => {
    expect(nameText(40).parse('𠮷野家 😀')).toBe('𠮷野家 😀');
    expect(text(40).parse('A\u200dB')).toBe('A\u200dB');
  });
});

describe('names drop bidirectional controls', () => {
  const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';

  it('in every kind of name, so no name can turn the sentence it is shown in around', () => {
    const name = `\u202e王芳${controls}`;
    expect(
      validate('staff', staffFields, {
        name,
        level: 'senior',
        startDate: '2020-03-01',
        weeklyCapacityHours: 40,
        status: 'active',
      }).name,
    ).toBe('王芳');
    expect(
      validate('customers', customerFields, {
        code: 'C1',
        name,
        contact: name,
        segment: 'key',
        creditLimit: 0,
      }),
    ).toMatchObject({ name: '王芳', contact: '王芳' });
    expect(
      validate('products', productFields, {
        sku: 'P1',
        name,
        unit: '箱',
        unitPrice: 1,
        taxRate: 0,
        active: true,
      }).name,
    ).toBe('王芳');
    expect(validate('identity', identityFields, { machineName: '\u202e台前', orderPrefix: 'a1' })).toEqual({
      machineName: '台前',
      orderPrefix: 'A1',
    });
  });

  it('a name of nothing but controls is an empty name, refused as required', () => {
    expect(
      refusalOf(() =>
        validate('identity', identityFields, { machineName: ` ${controls} `, orderPrefix: 'A1' }),
      ),
    ).toMatchObject({
      code: 'field.required',
      field: 'machineName',
    });
  });

  it('other text keeps them: notes may quote right-to-left text as written', () => {
    expect(optionalText(40).parse('\u2067שלום\u2069')).toBe('\u2067שלום\u2069');
  });
});

describe('ids in one case', () => {
  it('reads an upper-case id as the lower-case one, in records and in references', () => {
    const upper = '00000000-0000-4000-8000-00000000000A';
    expect(idSchema.parse(upper)).toBe(upper.toLowerCase());
    const event = orderEventSchema.parse({
      id: upper,
      createdAt: '2026-11-28T09:00:00.000+08:00',
      updatedAt: '2026-11-28T09:00:00.000+08:00',
      rev: '001795827600000-00000-Device-A',
      baseRev: null,
      deviceId: 'Device-A',
      deleted: false,
      orderId: '00000000-0000-4000-8000-0000000000BC',
      at: '2026-11-28T09:00:00.000+08:00',
      actor: '\u202e王芳',
      kind: 'created',
      from: null,
      to: 'submitted',
      note: '',
      lineChanges: [],
    });
    expect(event).toMatchObject({
      id: upper.toLowerCase(),
      orderId: '00000000-0000-4000-8000-0000000000bc',
      deviceId: 'device-a',
      rev: '001795827600000-00000-device-a',
      actor: '王芳',
    });
  });
});
