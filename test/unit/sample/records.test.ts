import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sampleOfficeSeed } from '../../../renderer/db/sample-loader';
import { orderTotals } from '../../../shared/rules/money';
import { matchesSearch, searchKey } from '../../../shared/rules/search-key';
import { generateOffice } from '../../../shared/sample';
import { customerFields } from '../../../shared/schema/customer';
import { dutyFields } from '../../../shared/schema/duty';
import { orderFields } from '../../../shared/schema/order';
import { orderEventFields } from '../../../shared/schema/order-event';
import { productFields } from '../../../shared/schema/product';
import { staffFields } from '../../../shared/schema/staff';
import { asOf, sampleOffice } from './generate';

const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
/** The office the app loads (its seed), as the README's examples are tried on it. */
const sampleOfficeOf = (language: 'zh-CN' | 'en') =>
  generateOffice({ seed: sampleOfficeSeed, language, asOf });

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const cjk = /[\u4e00-\u9fff]/;

function expectValid(schema: z.ZodObject, records: readonly { id: string; input: unknown }[]) {
  for (const record of records) {
    expect(record.id).toMatch(uuid);
    const parsed = schema.safeParse(record.input);
    expect(parsed.error?.issues ?? [], JSON.stringify(record.input)).toEqual([]);
    // Nothing was left for the schema to trim or default: the input is the stored record.
    expect(parsed.data).toEqual(record.input);
  }
}

describe.each(['zh-CN', 'en'] as const)('sample office records (%s)', (language) => {
  const { office, orders, events } = sampleOffice(11, 2_000, language);

  it('has the expected size and unique ids', () => {
    expect(office.staff).toHaveLength(12);
    expect(office.duties).toHaveLength(8);
    expect(office.customers).toHaveLength(200);
    expect(office.products).toHaveLength(300);
    const ids = [office.staff, office.duties, office.customers, office.products, orders, events]
      .flat()
      .map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes the entity schemas', () => {
    expectValid(staffFields, office.staff);
    expectValid(dutyFields, office.duties);
    expectValid(customerFields, office.customers);
    expectValid(productFields, office.products);
    expectValid(orderFields, orders);
    expectValid(orderEventFields, events);
  });

  it('has a mixed team: levels, order handlers, Chinese and English names', () => {
    const levels = new Set(office.staff.map((s) => s.input.level));
    expect([...levels].sort()).toEqual(['experienced', 'new', 'senior']);
    expect(office.staff.filter((s) => s.input.handlesOrders).length).toBeGreaterThanOrEqual(4);
    expect(office.staff.some((s) => cjk.test(s.input.name))).toBe(true);
    expect(office.staff.some((s) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(s.input.name))).toBe(true);
  });

  it('names duties and roles in the requested language', () => {
    const texts = [...office.duties.map((d) => d.input.name), ...office.staff.map((s) => s.input.role ?? '')];
    for (const text of texts) expect(cjk.test(text)).toBe(language === 'zh-CN');
  });

  it('names most customers in Chinese in either language, so pinyin search can be tried', () => {
    const chinese = office.customers.filter((c) => cjk.test(c.input.name)).length;
    expect(chinese).toBeGreaterThan(office.customers.length * 0.9);
  });

  it('holds a customer that the pinyin example in the README finds', () => {
    const examples = [...readme.matchAll(/`([a-z]+)` finds ([\u4e00-\u9fff]+)/g)];
    expect(examples.length).toBeGreaterThan(0);
    const real = sampleOfficeOf(language);
    for (const [, query, name] of examples) {
      const found = real.customers.filter((c) =>
        matchesSearch(searchKey(c.input.code, c.input.name), query as string),
      );
      expect(
        found.map((c) => c.input.name).some((n) => n.startsWith(name as string)),
        query,
      ).toBe(true);
    }
  });

  it('codes customers and products in sequence, with money in integer minor units', () => {
    expect(office.customers.map((c) => c.input.code).slice(0, 2)).toEqual(['C0001', 'C0002']);
    expect(office.products.at(-1)?.input.sku).toBe('P0300');
    expect(new Set(office.customers.map((c) => c.input.name)).size).toBe(200);
    for (const p of office.products) {
      expect(Number.isInteger(p.input.unitPrice)).toBe(true);
      expect([1300, 900, 600]).toContain(p.input.taxRate);
    }
    expect(office.products.some((p) => !p.input.active)).toBe(true);
    expect(new Set(office.customers.map((c) => c.input.segment)).size).toBe(4);
  });

  it('keeps every reference resolvable', () => {
    const staff = new Set(office.staff.map((s) => s.id));
    const customers = new Set(office.customers.map((c) => c.id));
    const products = new Set(office.products.map((p) => p.id));
    const orderIds = new Set(orders.map((o) => o.id));
    for (const { input } of office.duties) {
      expect(staff.has(input.primaryId ?? '')).toBe(true);
      for (const id of input.backupIds ?? []) expect(staff.has(id)).toBe(true);
    }
    const handlers = new Set(office.staff.filter((s) => s.input.handlesOrders).map((s) => s.id));
    for (const { input } of orders) {
      expect(customers.has(input.customerId)).toBe(true);
      if (input.assigneeId !== null) expect(handlers.has(input.assigneeId)).toBe(true);
      for (const line of input.lines) expect(products.has(line.productId)).toBe(true);
    }
    for (const { input } of events) expect(orderIds.has(input.orderId)).toBe(true);
  });

  it('computes order totals with the money rules, and numbers orders uniquely per day', () => {
    for (const { input } of orders) {
      expect(input.lines.length).toBeGreaterThanOrEqual(1);
      expect(input.lines.length).toBeLessThanOrEqual(5);
      const { subtotal, tax, total } = orderTotals(input.lines.map((l) => ({ discount: 0, ...l })));
      expect({ subtotal: input.subtotal, tax: input.tax, total: input.total }).toEqual({
        subtotal,
        tax,
        total,
      });
    }
    const numbers = orders.map((o) => o.input.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    // Per day the sequence runs 1, 2, 3 … in the order the orders were placed.
    const lastByDay = new Map<string, number>();
    for (const number of numbers) {
      const [prefix, day, sequence] = number.split('-');
      expect(prefix).toBe('S1');
      expect(Number(sequence)).toBe((lastByDay.get(day as string) ?? 0) + 1);
      lastByDay.set(day as string, Number(sequence));
    }
  });
});
