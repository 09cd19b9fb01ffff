import { describe, expect, it } from 'vitest';
import {
  customerFormSchema,
  customerFormValues,
} from '../../../renderer/features/customers-products/customer-form';
import {
  productFormSchema,
  productFormValues,
} from '../../../renderer/features/customers-products/product-form';
import {
  emptyLine,
  entryInputOf,
  entryTotals,
  entryValuesOf,
  newEntryValues,
  orderEntrySchema,
  priceDiffers,
} from '../../../renderer/features/orders/entry/order-entry-form';
import { slaFormValues, slaSettingsOf } from '../../../renderer/features/settings/sla-form';
import { absenceFormValues, absenceInputOf } from '../../../renderer/features/team/absences/absence-form';
import { dutyFormValues, dutyInputOf, dutyRanges } from '../../../renderer/features/team/duties/duty-form';
import {
  skillFormSchema,
  staffFormSchema,
  staffFormValues,
} from '../../../renderer/features/team/staff/staff-form';
import { orderTotals } from '../../../shared/rules/money';
import { absenceFields } from '../../../shared/schema/absence';
import type { Customer } from '../../../shared/schema/customer';
import { type Duty, dutyFields } from '../../../shared/schema/duty';
import { defaultOfficeSettings, officeSettingsSchema } from '../../../shared/schema/office-settings';
import type { Order } from '../../../shared/schema/order';
import type { Product } from '../../../shared/schema/product';
import { staffFields } from '../../../shared/schema/staff';

// Each form's values as its fields hold them, and back through the form's schema to what is saved: a
// record opened and saved unchanged stays as it was, and typed text becomes exact integers.

const codes = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; params?: unknown; code: string }[] };
}) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('customer form values', () => {
  const customer = {
    code: 'C0001',
    name: '北京华信',
    contact: '王芳',
    phone: '010-1',
    email: 'a@b.cn',
    address: '',
    segment: 'key',
    region: '华北',
    tags: ['月结'],
    creditLimit: 5_000_050,
    notes: '',
  } as unknown as Customer;

  it('opens a customer as typed text and saves it back unchanged', () => {
    const values = customerFormValues(customer, 2);
    expect(values.creditLimit).toBe('50000.50');
    expect(customerFormSchema(2).parse(values)).toEqual({ ...customer });
  });

  it('a new customer is a regular one with no credit, and needs a code and a name', () => {
    const values = customerFormValues(null, 2);
    expect(values).toMatchObject({ segment: 'regular', creditLimit: '0.00', tags: [] });
    expect(codes(customerFormSchema(2).safeParse(values))).toEqual(['code', 'name']);
  });

  it('reads the credit limit in the currency’s own decimals: yen have none', () => {
    expect(
      customerFormSchema(0).parse({ ...customerFormValues(customer, 0), creditLimit: '1,200' }).creditLimit,
    ).toBe(1200);
    expect(
      codes(customerFormSchema(0).safeParse({ ...customerFormValues(customer, 0), creditLimit: '12.5' })),
    ).toEqual(['creditLimit']);
  });
});

describe('product form values', () => {
  it('takes 19.99 and 6.5 % as 1999 minor units and 650 basis points, exactly', () => {
    const typed = {
      ...productFormValues(null, 2),
      sku: 'P1',
      name: '纸',
      unit: '箱',
      unitPrice: '19.99',
      taxRate: '6.5 %',
    };
    expect(productFormSchema(2).parse(typed)).toMatchObject({ unitPrice: 1999, taxRate: 650, active: true });
    const product = {
      sku: 'P1',
      name: '纸',
      unit: '箱',
      unitPrice: 1999,
      taxRate: 650,
      active: false,
      notes: '',
    } as Product;
    expect(productFormValues(product, 2)).toMatchObject({
      unitPrice: '19.99',
      taxRate: '6.5',
      active: false,
    });
    expect(productFormSchema(2).parse(productFormValues(product, 2))).toEqual(product);
    expect(productFormValues(null, 2).taxRate).toBe('13'); // the standard VAT rate for goods
  });
});

describe('team form values', () => {
  it('a new member starts today as new staff, 40 hours a week', () => {
    const values = staffFormValues(null, new Date(2026, 11, 2));
    expect(values).toMatchObject({
      startDate: '2026-12-02',
      level: 'new',
      weeklyCapacityHours: 40,
      status: 'active',
    });
    expect(codes(staffFormSchema.safeParse(values))).toEqual(['name']);
  });

  it('the form asks for an e-mail address’s shape; a person stored with an old one still checks', () => {
    const values = { ...staffFormValues(null), name: '王芳', email: 'wang at office' };
    expect(codes(staffFormSchema.safeParse(values))).toEqual(['email']);
    // Kept before the shape was checked, or brought by an import: a backup or a skill change must pass.
    expect(staffFields.safeParse({ ...values, skills: [] }).success).toBe(true);
  });

  it('a skill is set to a level from 0 to 4', () => {
    expect(codes(skillFormSchema.safeParse({ skill: 'Excel', to: 5, reason: 'manual', note: '' }))).toEqual([
      'to',
    ]);
    expect(codes(skillFormSchema.safeParse({ skill: ' ', to: '', reason: 'manual', note: '' }))).toEqual([
      'skill',
      'to',
    ]);
  });

  it('a duty’s primary is not also among its backups when saved', () => {
    const [ann, bob] = [crypto.randomUUID(), crypto.randomUUID()];
    const values = { ...dutyFormValues(null), name: 'Filing', primaryId: ann, backupIds: [ann, bob] };
    expect(dutyFields.parse(dutyInputOf(values))).toMatchObject({ primaryId: ann, backupIds: [bob] });
    expect(dutyRanges).toEqual({ hours: { min: 0, max: 80 }, level: { min: 0, max: 4 } });
    const duty = dutyFields.parse({
      name: 'Filing',
      complexity: 'simple',
      hoursPerWeek: 4,
      covers: { segments: ['key'], regions: ['华北'] },
    }) as unknown as Duty;
    expect(dutyFields.parse(dutyInputOf(dutyFormValues(duty)))).toEqual(duty);
  });

  it('an absence opened on a day starts and ends that day; no person is an empty choice', () => {
    const values = absenceFormValues({ staffId: null, from: '2026-12-07' });
    expect(values).toMatchObject({ from: '2026-12-07', to: '2026-12-07', kind: 'leave' });
    expect(codes(absenceFields.safeParse(absenceInputOf(values)))).toEqual(['staffId']);
  });
});

describe('working time and SLA form values', () => {
  it('shows targets in hours and saves them as whole minutes; the settings round-trip unchanged', () => {
    const settings = defaultOfficeSettings();
    const values = slaFormValues(settings);
    expect(values.slaTargets.validation).toEqual({ normal: 4, urgent: 1 });
    expect(officeSettingsSchema.parse(slaSettingsOf(values))).toEqual(settings);
    values.slaTargets.validation.urgent = 1.25;
    values.calendar.lunch = { start: '', end: '' };
    values.calendar.workingDays = ['6', '1', '2'];
    expect(officeSettingsSchema.parse(slaSettingsOf(values))).toMatchObject({
      calendar: { lunch: null, workingDays: [1, 2, 6] },
      slaTargets: { validation: { urgent: 75 } },
    });
    values.slaTargets.validation.urgent = '';
    expect(codes(officeSettingsSchema.safeParse(slaSettingsOf(values)))).toEqual([
      'slaTargets.validation.urgent',
    ]);
  });
});

describe('order entry values', () => {
  const desk = { id: crypto.randomUUID(), unitPrice: 120_000, taxRate: 1300 } as Product;
  const productOf = (id: string) => (id === desk.id ? desk : undefined);
  const customerId = crypto.randomUUID();
  const typed = (patch: Partial<ReturnType<typeof emptyLine>>) => ({
    ...emptyLine(),
    productId: desk.id,
    ...patch,
  });

  it('leaves blank lines out and takes an empty price as the list price, with the product’s tax rate', () => {
    const values = { ...newEntryValues(), customerId, lines: [typed({ quantity: '2' }), emptyLine()] };
    const draft = orderEntrySchema(2, productOf).parse(entryInputOf(values, 2, productOf));
    expect(draft.lines).toEqual([
      {
        productId: desk.id,
        quantity: 2,
        unitPrice: 120_000,
        discount: 0,
        taxRate: 1300,
        priceOverrideReason: '',
        // A line entered has shipped nothing yet (an edit keeps what its stored line shipped).
        shipped: 0,
      },
    ]);
    expect(draft).toMatchObject({ customerId, requestedDate: null, priority: 'normal' });
  });

  it('a different price needs a reason; a discount cannot exceed the line', () => {
    const schema = orderEntrySchema(2, productOf);
    const lines = [typed({ unitPrice: '1000', discount: '1000.01' })];
    expect(
      codes(schema.safeParse(entryInputOf({ ...newEntryValues(), customerId, lines }, 2, productOf))),
    ).toEqual(['lines.0.discount', 'lines.0.priceOverrideReason']);
    const fixed = [typed({ unitPrice: '1000', discount: '10', priceOverrideReason: '协议价' })];
    expect(
      schema.parse(entryInputOf({ ...newEntryValues(), customerId, lines: fixed }, 2, productOf)).lines[0],
    ).toMatchObject({
      unitPrice: 100_000,
      discount: 1_000,
      priceOverrideReason: '协议价',
    });
    expect(priceDiffers(fixed[0] as ReturnType<typeof emptyLine>, desk, 2)).toBe(true);
    expect(priceDiffers(typed({ unitPrice: '1,200.00' }), desk, 2)).toBe(false);
  });

  it('totals the complete lines only, so a line being typed does not zero them', () => {
    const lines = [typed({ quantity: '2' }), typed({ quantity: 'x' }), emptyLine()];
    expect(entryTotals({ lines }, 2, productOf)).toEqual({ subtotal: 240_000, tax: 31_200, total: 271_200 });
  });

  it('an imported order with a quantity of many decimals saves unchanged; typed text divides exactly', () => {
    const schema = orderEntrySchema(2, productOf);
    const parse = (quantity: string) =>
      schema.parse(
        entryInputOf({ ...newEntryValues(), customerId, lines: [typed({ quantity })] }, 2, productOf),
      ).lines[0]?.quantity;
    expect(parse('0.33333')).toBe(0.33333);
    expect(parse('0.3')).toBe(0.3);
    expect(parse('1,000.000000001')).toBe(1000.000000001);
    expect(
      codes(
        schema.safeParse(
          entryInputOf(
            { ...newEntryValues(), customerId, lines: [typed({ quantity: '0.0000000001' })] },
            2,
            productOf,
          ),
        ),
      ),
    ).toEqual(['lines.0.quantity']);
  });

  it('an order opens in its own currency as typed text and saves back unchanged', () => {
    const order = {
      customerId,
      priority: 'urgent',
      requestedDate: '2026-12-10',
      notes: 'n',
      lines: [
        {
          productId: desk.id,
          quantity: 1.5,
          unitPrice: 120_000,
          discount: 500,
          taxRate: 1300,
          priceOverrideReason: '',
        },
      ],
    } as unknown as Order;
    const values = entryValuesOf(order, 2);
    expect(values.lines[0]).toMatchObject({ quantity: '1.5', unitPrice: '1200.00', discount: '5.00' });
    const draft = orderEntrySchema(2, productOf).parse(entryInputOf(values, 2, productOf));
    expect(draft).toMatchObject({
      lines: order.lines,
      priority: 'urgent',
      requestedDate: '2026-12-10',
      notes: 'n',
    });
  });

  it('an imported line keeps the amount its file stated until its quantity, price or discount is edited', () => {
    // 799.92 for 10: no whole-cent price gives it, so the line carries the file's amount.
    const order = {
      customerId,
      priority: 'normal',
      requestedDate: null,
      notes: '',
      lines: [
        { productId: desk.id, quantity: 10, unitPrice: 7999, discount: 0, taxRate: 1300, amount: 79_992 },
      ],
    } as unknown as Order;
    const schema = orderEntrySchema(2, productOf);
    const values = entryValuesOf(order, 2);
    const line = { ...(values.lines[0] as ReturnType<typeof emptyLine>), priceOverrideReason: '导入价' };
    const saved = schema.parse(entryInputOf({ ...values, lines: [line] }, 2, productOf));
    expect(saved.lines[0]).toMatchObject({ unitPrice: 7999, amount: 79_992 });
    expect(entryTotals({ lines: [line] }, 2, productOf).subtotal).toBe(79_992);
    const edited = schema.parse(
      entryInputOf({ ...values, lines: [{ ...line, quantity: '11' }] }, 2, productOf),
    );
    expect(edited.lines[0]).not.toHaveProperty('amount');
    expect(entryTotals({ lines: [{ ...line, quantity: '11' }] }, 2, productOf).subtotal).toBe(87_989);
  });

  it('a line from a tax-inclusive file keeps its total and rate until edited, then is computed from the product', () => {
    // 113.00 with 13 % in it: 100.00 before tax and 13.00 tax; the rate is the file's (6 %), not the product's.
    const order = {
      customerId,
      priority: 'normal',
      requestedDate: null,
      notes: '',
      lines: [
        {
          productId: desk.id,
          quantity: 3,
          unitPrice: 3553,
          discount: 0,
          taxRate: 600,
          amount: 10_660,
          gross: 11_300,
        },
      ],
    } as unknown as Order;
    const schema = orderEntrySchema(2, productOf);
    const values = entryValuesOf(order, 2);
    const line = { ...(values.lines[0] as ReturnType<typeof emptyLine>), priceOverrideReason: '导入价' };
    const saved = schema.parse(entryInputOf({ ...values, lines: [line] }, 2, productOf));
    expect(saved.lines[0]).toMatchObject({ amount: 10_660, gross: 11_300, taxRate: 600 });
    expect(orderTotals(saved.lines)).toEqual({ subtotal: 10_660, tax: 640, total: 11_300 });
    const edited = schema.parse(
      entryInputOf({ ...values, lines: [{ ...line, quantity: '4' }] }, 2, productOf),
    );
    expect(edited.lines[0]).not.toHaveProperty('gross');
    expect(edited.lines[0]?.taxRate).toBe(desk.taxRate);
  });
});
