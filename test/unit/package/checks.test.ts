import { describe, expect, it } from 'vitest';
import { formatRev } from '../../../shared/hlc';
import { type PackageError, readPackage, referenceRules } from '../../../shared/package';
import type { TableName } from '../../../shared/schema/tables';
import { assemble, headerObject, knownLine, trailerFor } from '../../fixtures/packages/raw-package';
import { fullScope, pieces, readAll, sampleRecords, writePackage } from './records';

// What the reader checks beyond the bytes: references (in the package or on this machine), dates, limits,
// cancelling; and that the caller's own errors come through untouched.

const records = sampleRecords(4, 30);
const ordersOnly = { orders: records.orders, orderEvents: records.orderEvents };

describe('references', () => {
  it('lists the package rules (references, dates) and the duty matrix’s', () => {
    const rules = referenceRules.map((r) => `${r.table}.${r.path.join('.')}→${r.refTable}`);
    expect(rules).toEqual([
      'orders.customerId→customers',
      'orders.lines.*.productId→products',
      'orders.assigneeId→staff',
      'orderEvents.orderId→orders',
      'duties.primaryId→staff',
      'duties.backupIds.*→staff',
      'absences.staffId→staff',
      'skillChanges.staffId→staff',
      'goals.ownerId→staff',
      'goals.parentId→goals',
      'goals.dutyId→duties',
      'goalCheckIns.goalId→goals',
      'trainingTemplates.steps.*.courseId→courses',
      'trainingItems.staffId→staff',
      'trainingItems.courseId→courses',
      'trainingSessions.courseId→courses',
      'trainingSessions.invited.*→staff',
      'trainingSessions.attendance.*.staffId→staff',
      'careerPlans.staffId→staff',
      'reviewCycles.templateId→reviewTemplates',
      'reviewCycles.participants.*→staff',
      'reviews.cycleId→reviewCycles',
      'reviews.staffId→staff',
      'feedbackRequests.reviewId→reviews',
      'feedbackRequests.cycleId→reviewCycles',
      'feedbackRequests.reviewerId→staff',
      'feedbackResponses.requestId→feedbackRequests',
      'rewards.staffId→staff',
      'rewards.reviewId→reviews',
      'meetings.attendees.*→staff',
      'meetings.subjectId→staff',
      'meetings.scheduleId→meetingSchedules',
      'meetingSchedules.attendees.*→staff',
      'meetingSchedules.subjectId→staff',
      'actionItems.ownerId→staff',
      'risks.ownerId→staff',
      'incidents.orderIds.*→orders',
      'incidents.customerIds.*→customers',
      'incidents.staffIds.*→staff',
      'incidents.riskId→risks',
      'pdcaCycles.goalId→goals',
      'pdcaCycles.sopId→sops',
      'pdcaCycles.dutyId→duties',
      'sops.ownerId→staff',
      'sopVersions.sopId→sops',
      'sopAcks.sopId→sops',
      'sopAcks.staffId→staff',
      'teamEvents.participants.*→staff',
      'recognitions.staffId→staff',
      'recognitions.valueId→coreValues',
      'recognitions.givenById→staff',
      'careRecords.staffId→staff',
      'absenceDetails.absenceId→absences',
    ]);
  });

  it('a reference the package does not satisfy must be on this machine', async () => {
    const { bytes } = await writePackage(ordersOnly);
    await expect(readAll(bytes)).rejects.toMatchObject({
      code: 'missing_reference',
      details: { table: 'orders', field: 'customerId', refTable: 'customers', line: 2 },
    });

    const local = new Map<TableName, Set<string>>([
      ['customers', new Set(records.customers.map((r) => r.id as string))],
      ['products', new Set(records.products.map((r) => r.id as string))],
      ['staff', new Set(records.staff.map((r) => r.id as string))],
    ]);
    const asked: [TableName, number][] = [];
    const read = await readAll(bytes, {
      exists: async (table, ids) => {
        asked.push([table, ids.length]);
        return new Set(ids.filter((id) => local.get(table)?.has(id)));
      },
    });
    expect(read.records.orders).toHaveLength(records.orders.length);
    // Only what the package lacks is asked for, each id once.
    expect(asked.map(([t]) => t).sort()).toEqual(['customers', 'products', 'staff']);
    expect(asked.every(([, n]) => n > 0 && n <= 1_000)).toBe(true);
  });

  it('names the first missing record and how many are missing', async () => {
    const { bytes } = await writePackage(ordersOnly);
    const error = (await readAll(bytes, {
      exists: async (table, ids) => new Set(table === 'customers' ? ids : ids.slice(1)),
    }).catch((e: unknown) => e)) as PackageError;
    expect(error.code).toBe('missing_reference');
    expect(error.details.missing).toBeGreaterThanOrEqual(1);
    expect(['products', 'staff']).toContain(error.details.refTable);
  });

  it('asks the local database in batches of at most 1,000 ids', async () => {
    const order = records.orders[0] as Record<string, unknown>;
    const many = Array.from({ length: 2_500 }, (_, i) => ({
      ...order,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      customerId: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const { bytes } = await writePackage({ orders: many });
    const batches: number[] = [];
    await readAll(bytes, {
      exists: async (table, ids) => {
        if (table === 'customers') batches.push(ids.length);
        return new Set(ids);
      },
    });
    expect(batches).toEqual([1_000, 1_000, 500]);
  });

  it('a tombstone in the package satisfies a reference', async () => {
    const customers = records.customers.map((r) => ({ ...r, deleted: true }));
    const { bytes } = await writePackage({ ...records, customers });
    const read = await readAll(bytes);
    expect(read.records.customers?.every((r) => r.deleted)).toBe(true);
  });

  it('a duplicate id in one table is refused; the same id in two tables is not', async () => {
    const customer = records.customers[0] as Record<string, unknown>;
    const { bytes } = await writePackage({ customers: [customer, { ...customer, code: 'OTHER' }] });
    await expect(readAll(bytes)).rejects.toMatchObject({
      code: 'duplicate_id',
      details: { table: 'customers', id: customer.id, line: 3 },
    });
    const product = { ...(records.products[0] as Record<string, unknown>), id: customer.id };
    await expect(
      readAll((await writePackage({ customers: [customer], products: [product] })).bytes),
    ).resolves.toBeTruthy();
  });
});

describe('dates', () => {
  const customer = records.customers[0] as Record<string, unknown>;
  const read = async (change: Record<string, unknown>) =>
    readAll((await writePackage({ customers: [{ ...customer, ...change }] })).bytes);

  it('accepts 2000-01-01 … 2100-12-31 and refuses a day outside', async () => {
    await expect(read({ createdAt: '2000-01-01T00:00:00.000Z' })).resolves.toBeTruthy();
    await expect(read({ updatedAt: '2100-12-31T23:59:59.999Z' })).resolves.toBeTruthy();
    await expect(read({ updatedAt: '2101-01-01T00:00:00.000Z' })).rejects.toMatchObject({
      code: 'date_out_of_range',
      details: { table: 'customers', id: customer.id, field: 'updatedAt', value: '2101-01-01T00:00:00.000Z' },
    });
    const old = formatRev({ wall: Date.UTC(1999, 11, 31), counter: 0 }, 'x');
    await expect(read({ baseRev: old })).rejects.toMatchObject({
      code: 'date_out_of_range',
      details: { field: 'baseRev' },
    });
  });
});

describe('limits and cancelling', () => {
  it('refuses a file over the size limit, whole or streamed', async () => {
    const { bytes } = await writePackage({ customers: records.customers });
    const limits = { minIterations: 1, maxFileBytes: bytes.length - 1 };
    await expect(readAll(bytes, { limits })).rejects.toMatchObject({ code: 'too_large' });
    await expect(readAll(pieces(bytes, 100), { limits })).rejects.toMatchObject({ code: 'too_large' });
    await expect(readAll(bytes, { limits: { maxFileBytes: bytes.length } })).resolves.toBeTruthy();
  });

  it('uses the limits it is given', async () => {
    const { bytes } = await writePackage({ customers: records.customers });
    await expect(readAll(bytes, { limits: { maxStringLength: 5 } })).rejects.toMatchObject({
      code: 'string_too_long',
    });
    await expect(readAll(bytes, { limits: { maxLineBytes: 100 } })).rejects.toMatchObject({
      code: 'line_too_long',
      details: { line: 1 },
    });
  });

  it('a deeply nested value neither overflows the stack nor gets through (unknown keys are dropped)', async () => {
    // Written by hand: JSON.stringify itself cannot go this deep.
    const header = JSON.stringify(headerObject(['customers']));
    const record = JSON.stringify({ t: 'customers', r: records.customers[0] });
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const lines = [`${record.slice(0, -2)},"extra":${deep}}}`, knownLine({})];
    const trailer = JSON.stringify({ end: trailerFor(header, lines, ['customers']) });
    const { bytes } = await assemble(header, `${lines.join('\n')}\n${trailer}\n`, null);
    const read = await readAll(bytes);
    expect(read.records.customers).toEqual([records.customers[0]]);
  });

  it('stops with aborted when the signal fires, before or during reading', async () => {
    const { bytes } = await writePackage(records);
    const before = new AbortController();
    before.abort();
    await expect(readAll(bytes, { signal: before.signal })).rejects.toMatchObject({ code: 'aborted' });

    const during = new AbortController();
    let seen = 0;
    const error = await readAll(pieces(bytes, 512), {
      signal: during.signal,
      onRecord: () => {
        if (++seen === 10) during.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'aborted' });
    expect(seen).toBeLessThan(records.orders.length);
  });

  it("the caller's own errors come through as they are", async () => {
    const { bytes } = await writePackage({ customers: records.customers });
    const mine = new Error('staging failed');
    await expect(
      readPackage(bytes, {
        maxSchemaVersion: 20261128,
        onRecord: () => {
          throw mine;
        },
      }),
    ).rejects.toBe(mine);
    await expect(
      readPackage((await writePackage({ ...ordersOnly, customers: records.customers })).bytes, {
        maxSchemaVersion: 20261128,
        exists: async () => {
          throw mine;
        },
      }),
    ).rejects.toBe(mine);
  });

  it('refuses a package from a newer schema, naming both versions', async () => {
    const { bytes } = await writePackage(
      { customers: records.customers },
      { scope: fullScope(['customers']) },
    );
    await expect(readAll(bytes, { maxSchemaVersion: 20250101 })).rejects.toMatchObject({
      code: 'schema_newer',
      details: { schemaVersion: 20261128, max: 20250101 },
    });
  });
});
