import { formatRev } from '../../../shared/hlc';
import { createPackageWriter, packageRecordSchemas, readPackage } from '../../../shared/package';
import type { PackageScope } from '../../../shared/package/types';
import { generateOffice, generateOrders } from '../../../shared/sample';
import type { Sample } from '../../../shared/sample/types';
import { type TableName, tableNames } from '../../../shared/schema/tables';

// Valid package records of every table, from the sample office generator: what a package holds.

export type RecordSet = Record<TableName, Record<string, unknown>[]>;

export const asOf = new Date('2026-11-28T09:00:00+08:00');
export const deviceId = 'device-a';

export const fullScope = (tables: readonly TableName[] = tableNames): PackageScope => ({
  kind: 'full',
  tables: [...tables],
  confidential: false,
});

export const headerInput = (scope: PackageScope = fullScope()) => ({
  schemaVersion: 20261128,
  source: { deviceId, machineName: '前台', orderPrefix: 'A1' },
  createdAt: asOf.toISOString(),
  scope,
});

/** A stored record: the sample's input through its schema, under an envelope; every 7th a tombstone. */
function stamp(table: TableName, sample: Sample<object>, n: number): Record<string, unknown> {
  const at = new Date(asOf.getTime() - n * 60_000).toISOString();
  return packageRecordSchemas[table].parse({
    ...sample.input,
    id: sample.id,
    createdAt: at,
    updatedAt: at,
    rev: formatRev({ wall: asOf.getTime() - n * 60_000, counter: n % 3 }, deviceId),
    baseRev: n % 2 ? null : formatRev({ wall: asOf.getTime() - n * 120_000, counter: 0 }, 'device-b'),
    deviceId,
    deleted: n % 7 === 3,
  }) as Record<string, unknown>;
}

export function sampleRecords(seed = 1, orders = 20): RecordSet {
  const office = generateOffice({ seed, language: 'zh-CN', asOf, customers: 12, products: 15 });
  const records: Omit<RecordSet, RoutineTable> & Partial<RecordSet> = {
    staff: office.staff.map((s, i) => stamp('staff', s, i)),
    duties: office.duties.map((s, i) => stamp('duties', s, i)),
    absences: office.absences.map((s, i) => stamp('absences', s, i)),
    skillChanges: office.skillChanges.map((s, i) => stamp('skillChanges', s, i)),
    customers: office.customers.map((s, i) => stamp('customers', s, i)),
    products: office.products.map((s, i) => stamp('products', s, i)),
    orders: [],
    orderEvents: [],
    goals: office.goals.map((s, i) => stamp('goals', s, i)),
    goalCheckIns: office.goalCheckIns.map((s, i) => stamp('goalCheckIns', s, i)),
    courses: office.courses.map((s, i) => stamp('courses', s, i)),
    trainingTemplates: office.trainingTemplates.map((s, i) => stamp('trainingTemplates', s, i)),
    trainingItems: office.trainingItems.map((s, i) => stamp('trainingItems', s, i)),
    trainingSessions: office.trainingSessions.map((s, i) => stamp('trainingSessions', s, i)),
    careerPlans: office.careerPlans.map((s, i) => stamp('careerPlans', s, i)),
    ...reviewRecords(office.staff.map((s) => s.id)),
  };
  for (const batch of generateOrders(office, { seed, count: orders, prefix: 'A1', events: true })) {
    records.orders.push(...batch.orders.map((s, i) => stamp('orders', s, i)));
    records.orderEvents.push(...batch.events.map((s, i) => stamp('orderEvents', s, i)));
  }
  Object.assign(
    records,
    routineRecords({
      staff: office.staff.map((s) => s.id),
      customer: office.customers[0]?.id as string,
      order: (records.orders[0]?.id as string | undefined) ?? null,
      goal: office.goals[0]?.id as string,
      absence: office.absences[0]?.id as string,
    }),
  );
  return records as RecordSet;
}

type ReviewTable =
  | 'reviewTemplates'
  | 'reviewCycles'
  | 'reviews'
  | 'feedbackRequests'
  | 'feedbackResponses'
  | 'rewards';

/** One cycle of one template over two people, a peer request answered, and a reward. */
function reviewRecords(staffIds: readonly string[]): Record<ReviewTable, Record<string, unknown>[]> {
  const [anna, li] = staffIds as [string, string];
  const id = (n: number) => `7a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const one = (table: ReviewTable, n: number, input: object) => [
    stamp(table, { id: id(n), input } as Sample<object>, n),
  ];
  const competencies = [{ name: 'Accuracy', rubric: ['', '', 'Few errors', '', 'No errors'] }];
  return {
    reviewTemplates: one('reviewTemplates', 1, {
      name: 'Quarterly review',
      sections: [
        { kind: 'competencies', weight: 60 },
        { kind: 'feedback', weight: 40 },
      ],
      competencies,
      questions: ['What should they keep doing?'],
      bands: [
        { label: 'Meets', min: 60 },
        { label: 'Below', min: 0 },
      ],
    }),
    reviewCycles: one('reviewCycles', 2, {
      name: '2026 Q4',
      from: '2026-10-01',
      to: '2026-12-31',
      templateId: id(1),
      participants: [anna, li],
      status: 'in_progress',
      feedbackDue: '2026-12-20',
    }),
    reviews: one('reviews', 4, {
      cycleId: id(2),
      staffId: anna,
      competencyRatings: [{ criterion: 'Accuracy', rating: 4 }],
      managerRating: 4,
    }),
    feedbackRequests: one('feedbackRequests', 5, {
      reviewId: id(4),
      cycleId: id(2),
      subjectName: 'Anna',
      reviewerId: li,
      reviewerName: 'Li',
      relation: 'peer',
      questions: { competencies, questions: ['What should they keep doing?'] },
      secret: 'A'.repeat(43),
      expiresOn: '2026-12-20',
    }),
    feedbackResponses: one('feedbackResponses', 6, {
      requestId: id(5),
      ratings: [{ criterion: 'Accuracy', rating: 5 }],
      answers: ['Checks every order twice'],
      proof: 'a'.repeat(64),
      via: 'file',
      answeredAt: '2026-12-02T10:00:00+08:00',
    }),
    rewards: one('rewards', 8, { staffId: li, kind: 'cash_bonus', amount: 50_000, date: '2026-12-15' }),
  };
}

type RoutineTable =
  | 'meetings'
  | 'meetingSchedules'
  | 'actionItems'
  | 'risks'
  | 'incidents'
  | 'pdcaCycles'
  | 'sops'
  | 'sopVersions'
  | 'sopAcks'
  | 'teamEvents'
  | 'coreValues'
  | 'recognitions'
  | 'careRecords'
  | 'absenceDetails';

/**
 * A weekly meeting and its action item, a risk with a complaint about an order, a PDCA cycle on the error
 * rate that standardised an SOP's version, an acknowledgement, a team dinner, a value and a recognition,
 * a care record and a sick leave's reason.
 */
function routineRecords(refs: {
  staff: readonly string[];
  customer: string;
  order: string | null;
  goal: string;
  absence: string;
}): Record<RoutineTable, Record<string, unknown>[]> {
  const [anna, li] = refs.staff as [string, string];
  const id = (n: number) => `7b000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const one = (table: RoutineTable, n: number, input: object) => [
    stamp(table, { id: id(n), input } as Sample<object>, n),
  ];
  return {
    meetingSchedules: one('meetingSchedules', 1, {
      kind: 'team',
      title: 'Weekly team meeting',
      cadence: 'weekly',
      firstDate: '2026-11-02',
      time: '09:30',
      attendees: [anna, li],
    }),
    meetings: one('meetings', 2, {
      kind: 'team',
      title: 'Weekly team meeting',
      date: '2026-11-23',
      time: '09:30',
      attendees: [anna, li],
      agenda: 'Orders late last week',
      notes: 'Two carriers were slow',
      decisions: 'Call the carrier before noon',
      scheduleId: id(1),
    }),
    actionItems: one('actionItems', 3, {
      title: 'Call the carrier about late deliveries',
      ownerId: li,
      due: '2026-11-30',
      source: 'meeting',
      sourceId: id(2),
    }),
    risks: one('risks', 4, {
      category: 'customer_complaint',
      title: 'Wrong goods shipped to a key account',
      description: 'Picking errors on mixed orders',
      likelihood: 3,
      impact: 4,
      ownerId: anna,
      plan: ['Call the customer the same day', 'Ship the right goods by express'],
      reviewOn: '2026-12-15',
    }),
    incidents: one('incidents', 5, {
      date: '2026-11-20',
      category: 'customer_complaint',
      severity: 'high',
      title: 'Wrong paper delivered',
      happened: 'A5 instead of A4',
      resolution: 'Re-shipped by express',
      status: 'closed',
      resolvedOn: '2026-11-22',
      orderIds: refs.order ? [refs.order] : [],
      customerIds: [refs.customer],
      staffIds: [li],
      riskId: id(4),
      satisfaction: 4,
    }),
    sops: one('sops', 6, {
      title: 'Processing an order',
      process: 'order_processing',
      ownerId: anna,
      reviewOn: '2027-05-31',
    }),
    sopVersions: one('sopVersions', 7, {
      sopId: id(6),
      version: 1,
      body: '# Processing an order\n\n1. Check the stock\n2. Confirm with the customer',
      note: 'First version',
      publishedAt: '2026-11-01T09:00:00+08:00',
    }),
    sopAcks: one('sopAcks', 8, { sopId: id(6), version: 1, staffId: li, at: '2026-11-02T10:00:00+08:00' }),
    pdcaCycles: one('pdcaCycles', 9, {
      title: 'Fewer order errors',
      process: 'order_processing',
      phase: 'act',
      problem: 'Wrong goods on mixed orders',
      metric: 'errorRate',
      goalId: refs.goal,
      target: 1,
      measures: 'A second check of mixed orders',
      beforeFrom: '2026-09-01',
      beforeTo: '2026-09-30',
      afterFrom: '2026-10-15',
      afterTo: '2026-11-15',
      sopId: id(6),
      sopVersion: 1,
    }),
    teamEvents: one('teamEvents', 10, {
      kind: 'team_dinner',
      title: 'Year-end dinner',
      date: '2026-12-18',
      time: '18:30',
      place: 'Sichuan restaurant',
      participants: [anna, li],
    }),
    coreValues: one('coreValues', 11, { name: 'Responsibility', description: 'We finish what we start' }),
    recognitions: one('recognitions', 12, {
      staffId: li,
      valueId: id(11),
      date: '2026-11-21',
      note: 'Stayed to re-ship the wrong order',
      givenById: anna,
    }),
    careRecords: one('careRecords', 13, {
      staffId: li,
      kind: 'transport_allowance',
      date: '2026-11-01',
      amount: 300_00,
      text: 'Monthly',
    }),
    absenceDetails: one('absenceDetails', 14, { absenceId: refs.absence, reason: 'sick', note: 'Flu' }),
  };
}

/** Collects a writer's output; `bytes()` is the whole file. */
export function collector() {
  const chunks: Uint8Array[] = [];
  return {
    chunks,
    sink: (chunk: Uint8Array) => {
      chunks.push(chunk.slice());
    },
    bytes: () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    },
  };
}

/** Tests derive keys in a millisecond: the format's minimum is asserted on its own. */
export const FAST = { iterations: 1, allowWeakIterationsForTests: true } as const;
/** Test packages use few key-derivation rounds and small segments (to have many): the reader is told so. */
export const fastLimits = { minIterations: 1, minSegmentSize: 1 } as const;

export interface WriteOptions {
  passphrase?: string;
  segmentSize?: number;
  scope?: PackageScope;
  known?: Record<string, string>;
  /** Lines in this order instead of table by table. */
  order?: readonly (readonly [TableName, Record<string, unknown>])[];
}

/** A package of these records (all tables in the scope), written at once. */
export async function writePackage(records: Partial<RecordSet>, options: WriteOptions = {}) {
  const out = collector();
  const scope = options.scope ?? fullScope(tableNames.filter((t) => records[t]));
  const writer = await createPackageWriter(headerInput(scope), {
    sink: out.sink,
    ...(options.passphrase ? { passphrase: options.passphrase, ...FAST } : {}),
    ...(options.segmentSize ? { segmentSize: options.segmentSize } : {}),
  });
  const lines = options.order ?? tableNames.flatMap((t) => (records[t] ?? []).map((r) => [t, r] as const));
  for (const [table, record] of lines) await writer.add(table, record);
  const trailer = await writer.finish(options.known ?? {});
  return { bytes: out.bytes(), chunks: out.chunks, trailer };
}

/** Read a package, gathering its records by table; nothing is held locally unless `local` says so. */
export async function readAll(
  source: Parameters<typeof readPackage>[0],
  options: Partial<Parameters<typeof readPackage>[1]> = {},
) {
  const records: Partial<RecordSet> = {};
  const result = await readPackage(source, {
    maxSchemaVersion: 20261128,
    limits: fastLimits,
    exists: async () => new Set(),
    onRecord: (table, record) => {
      const list = records[table] ?? [];
      list.push(record);
      records[table] = list;
    },
    ...options,
  });
  return { ...result, records };
}

/** The bytes in pieces: 1-byte, or sizes from a seeded generator. */
export async function* pieces(bytes: Uint8Array, size: number | (() => number)): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; ) {
    const n = typeof size === 'number' ? size : size();
    yield bytes.slice(at, at + n);
    at += n;
  }
}

export function seeded(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
