import { beforeAll, describe, expect, it } from 'vitest';
import { formatFieldValue, recordLabel, referencedIds } from '../../../renderer/features/sharing/field-value';
import { i18next } from '../../../renderer/i18n';
import { recordFieldNames, type TableName } from '../../../shared/schema/tables';
import { resources } from '../../support/all-strings';

// The import preview's conflicts show a record's fields as a person reads them: names, money, dates,
// choices and lists in the user's language — never an id, a key or JSON.

const ids = {
  anna: '1f0c6a52-3b7e-4d6a-9c41-0a8d5b2e7f11',
  li: '2a1d7b63-4c8f-4e7b-8d52-1b9e6c3f8a22',
  customer: '3b2e8c74-5d90-4f8c-9e63-2caf7d4a9b33',
  product: '4c3f9d85-6ea1-4a9d-8f74-3db08e5bac44',
  order: '5d40ae96-7fb2-4bae-9085-4ec19f6cbd55',
  course: '6e51bfa7-80c3-4cbf-a196-5fd2a07dce66',
  template: '7f62c0b8-91d4-4dd0-b2a7-60e3b18edf77',
  cycle: '80730dc9-a2e5-4ee1-83b8-71f4c29ef088',
  review: '91841eda-b3f6-4ff2-94c9-820fd3a0f199',
  request: 'a2952feb-c407-4003-a5da-931ae4b1f2aa',
  schedule: 'b3a63f0c-d518-4114-b6eb-a42bf5c203bb',
  meeting: 'c4b7401d-e629-4225-87fc-b53c06d314cc',
  risk: 'd5c8512e-f73a-4336-98ad-c64d17e425dd',
  sop: 'e6d9623f-084b-4447-a9be-d75e28f536ee',
  value: 'f7ea7340-195c-4558-bacf-e86f39a647ff',
  absence: '08fb8451-2a6d-4669-8bd0-f97a4ab75800',
  goal: '190c9562-3b7e-477a-9ce1-0a8b5bc86911',
};
const names = new Map([
  [ids.anna, 'Anna Wang'],
  [ids.li, '李娜'],
  [ids.customer, '上海华信贸易有限公司'],
  [ids.product, 'A4 复印纸'],
  [ids.order, 'A1-20261128-0042'],
  [ids.course, 'Order entry basics'],
  [ids.template, 'Quarterly review'],
  [ids.cycle, '2026 Q4'],
  [ids.schedule, 'Weekly team meeting'],
  [ids.meeting, 'Team meeting 23 Nov'],
  [ids.risk, 'Wrong goods shipped'],
  [ids.sop, 'Processing an order'],
  [ids.value, 'Responsibility'],
  [ids.goal, 'Fewer order errors'],
]);
const competencies = [{ name: 'Accuracy', rubric: ['Many errors', '', 'Few errors', '', 'No errors'] }];

const records: Record<TableName, Record<string, unknown>> = {
  staff: {
    name: '李娜',
    role: 'Order desk',
    level: 'experienced',
    startDate: '2024-03-15',
    email: 'li.na@example.com',
    phone: '138 0000 0000',
    weeklyCapacityHours: 40,
    status: 'on_leave',
    handlesOrders: true,
    notes: '',
    skills: [
      { skill: 'Excel', level: 3 },
      { skill: 'SAP', level: 2 },
    ],
  },
  duties: {
    name: 'Invoicing',
    description: 'Monthly invoices',
    complexity: 'complex',
    hoursPerWeek: 6,
    requiredSkill: 'Excel',
    requiredLevel: 2,
    requiredCourseId: ids.course,
    primaryId: ids.anna,
    backupIds: [ids.li, ids.anna],
    routesOrders: false,
    covers: { segments: ['key'], regions: ['华东'] },
  },
  absences: { staffId: ids.li, kind: 'business_trip', from: '2026-12-01', to: '2026-12-03', note: '' },
  skillChanges: {
    staffId: ids.li,
    skill: 'Excel',
    from: 2,
    to: 3,
    reason: 'training',
    at: '2026-11-20T09:30:00+08:00',
    note: '',
    courseId: ids.course,
  },
  customers: {
    code: 'C0002',
    name: '上海华信贸易有限公司',
    contact: 'Wang Fang',
    phone: '021-2222-0000',
    email: '',
    address: '',
    segment: 'key',
    region: '华东',
    tags: ['月结', 'VAT invoice'],
    creditLimit: 120_000_00,
    notes: '',
  },
  products: {
    sku: 'P0001',
    name: 'A4 复印纸',
    unit: '箱',
    unitPrice: 128_50,
    taxRate: 1300,
    active: true,
    notes: '',
  },
  orders: {
    number: 'A1-20261128-0042',
    customerId: ids.customer,
    status: 'partially_shipped',
    priority: 'urgent',
    assigneeId: null,
    lines: [1, 2, 3, 4].map((n) => ({
      productId: ids.product,
      quantity: n * 10,
      unitPrice: 100,
      taxRate: 1300,
    })),
    subtotal: 1000_00,
    tax: 130_00,
    total: 1130_00,
    currency: 'CNY',
    orderedAt: '2026-11-28T10:15:00+08:00',
    requestedDate: '2026-12-05',
    dueAt: null,
    invoiced: false,
    notes: '',
  },
  orderEvents: {
    orderId: ids.order,
    at: '2026-11-28T10:20:00+08:00',
    actor: 'Anna Wang',
    kind: 'transition',
    from: 'draft',
    to: 'submitted',
    note: '',
    lineChanges: [{ kind: 'changed', productId: ids.product, fields: [] }],
  },
  goals: {
    title: 'Cut order processing time by 20%',
    description: 'Orders ship sooner',
    metric: 'processingHours',
    manualUnit: '',
    scope: 'team',
    ownerId: ids.anna,
    baseline: 30,
    target: 24,
    direction: 'decrease',
    parentId: null,
    dutyId: ids.li,
    term: 'quarterly',
    start: '2027-01-01',
    due: '2027-03-31',
    status: 'active',
  },
  goalCheckIns: { goalId: ids.order, at: '2027-01-15', value: 4.6, comment: 'Survey of 30 customers' },
  courses: {
    title: 'Order entry basics',
    kind: 'onsite',
    provider: 'Anna Wang',
    hours: 4,
    cost: 350_00,
    skills: [{ skill: 'Order entry', level: 2 }],
    materials: 'Wiki: order entry',
    certificateMonths: 12,
    active: true,
  },
  trainingTemplates: {
    name: 'Onboarding',
    description: 'Simple tasks first',
    steps: [{ courseId: ids.course, afterDays: 7 }],
  },
  trainingItems: {
    staffId: ids.li,
    courseId: ids.course,
    due: '2026-12-15',
    status: 'completed',
    completedOn: '2026-12-10',
    score: 92,
    passed: true,
    certificateExpires: '2027-12-10',
    note: 'Fast learner',
  },
  trainingSessions: {
    courseId: ids.course,
    start: '2026-12-10T09:00:00+08:00',
    end: '2026-12-10T12:00:00+08:00',
    place: 'Meeting room 2',
    link: '',
    trainer: 'Anna Wang',
    invited: [ids.li, ids.anna],
    attendance: [{ staffId: ids.li, present: true, rating: 5, comment: 'Useful' }],
  },
  careerPlans: {
    staffId: ids.li,
    targetRole: 'Order desk lead',
    requiredSkills: [{ skill: 'Excel', level: 4 }],
    milestones: [{ title: 'Lead the month-end close', due: '2027-06-30', done: false }],
    notes: '',
  },
  reviewTemplates: {
    name: 'Quarterly review',
    description: 'Back office',
    sections: [
      { kind: 'kpi', weight: 40 },
      { kind: 'competencies', weight: 60 },
    ],
    kpis: [{ metric: 'onTimeRate', target: 95, weight: 100 }],
    competencies,
    questions: ['What should they keep doing?'],
    formula: '',
    bands: [
      { label: 'Meets', min: 60 },
      { label: 'Below', min: 0 },
    ],
  },
  reviewCycles: {
    name: '2026 Q4',
    from: '2026-10-01',
    to: '2026-12-31',
    templateId: ids.template,
    participants: [ids.anna, ids.li],
    status: 'in_progress',
    bands: [{ label: 'Meets', min: 60 }],
    feedbackDue: '2026-12-20',
    closedAt: '2027-01-05T10:00:00+08:00',
  },
  reviews: {
    cycleId: ids.cycle,
    staffId: ids.anna,
    competencyRatings: [{ criterion: 'Accuracy', rating: 4 }],
    managerRating: 4,
    managerComment: 'Steady quarter',
    kpiAdjustments: [{ metric: 'onTimeRate', score: 90, original: 80, reason: 'Carrier strike' }],
    kpiResults: [{ metric: 'onTimeRate', actual: 76, target: 95, score: 80 }],
    finalScore: 82.5,
    band: 'Meets',
  },
  feedbackRequests: {
    reviewId: ids.review,
    cycleId: ids.cycle,
    subjectName: 'Anna Wang',
    reviewerId: ids.li,
    reviewerName: '李娜',
    relation: 'peer',
    questions: { competencies, questions: ['What should they keep doing?'] },
    secret: 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE',
    expiresOn: '2026-12-20',
  },
  feedbackResponses: {
    requestId: ids.request,
    ratings: [{ criterion: 'Accuracy', rating: 5 }],
    answers: ['Checks every order twice', ''],
    proof: '9f'.repeat(32),
    via: 'file',
    answeredAt: '2026-12-02T10:00:00+08:00',
  },
  rewards: {
    staffId: ids.li,
    kind: 'cash_bonus',
    amount: 500_00,
    date: '2026-12-15',
    reviewId: ids.review,
    note: '',
  },
  meetings: {
    kind: 'one_on_one',
    title: 'One-on-one with 李娜',
    date: '2026-11-23',
    time: '09:30',
    attendees: [ids.li, ids.anna],
    subjectId: ids.li,
    agenda: 'Goals, workload',
    notes: 'Busy month',
    decisions: 'Takes the invoicing course',
    oneOnOne: {
      wellbeing: 'Tired after the month-end',
      goals: 'On track',
      obstacles: 'Old scanner',
      development: 'Invoicing course',
    },
    scheduleId: ids.schedule,
  },
  meetingSchedules: {
    kind: 'team',
    title: 'Weekly team meeting',
    cadence: 'biweekly',
    firstDate: '2026-11-02',
    time: '09:30',
    until: '2027-06-30',
    attendees: [ids.anna, ids.li],
    subjectId: ids.li,
    active: true,
  },
  actionItems: {
    title: 'Call the carrier',
    ownerId: ids.li,
    due: '2026-11-30',
    status: 'done',
    doneOn: '2026-11-29',
    source: 'meeting',
    sourceId: ids.meeting,
    note: 'Before noon',
  },
  risks: {
    category: 'customer_complaint',
    title: 'Wrong goods shipped',
    description: 'Picking errors on mixed orders',
    likelihood: 3,
    impact: 4,
    ownerId: ids.anna,
    plan: ['Call the customer the same day', 'Ship the right goods by express'],
    reviewOn: '2026-12-15',
    status: 'mitigated',
  },
  incidents: {
    date: '2026-11-20',
    category: 'order_processing',
    severity: 'critical',
    title: 'Wrong paper delivered',
    happened: 'A5 instead of A4',
    resolution: 'Re-shipped by express',
    status: 'investigating',
    resolvedOn: '2026-11-22',
    orderIds: [ids.order],
    customerIds: [ids.customer],
    staffIds: [ids.li, ids.anna],
    riskId: ids.risk,
    satisfaction: 4,
  },
  pdcaCycles: {
    title: 'Fewer order errors',
    process: 'data_management',
    phase: 'check',
    problem: 'Wrong goods on mixed orders',
    metric: 'errorRate',
    goalId: ids.goal,
    target: 1,
    measures: 'A second check',
    beforeFrom: '2026-09-01',
    beforeTo: '2026-09-30',
    afterFrom: '2026-10-15',
    afterTo: '2026-11-15',
    checkNote: 'Halved',
    sopId: ids.sop,
    sopVersion: 2,
    dutyId: ids.li,
    actNote: 'Second check in the SOP',
  },
  sops: {
    title: 'Processing an order',
    process: 'order_processing',
    ownerId: ids.anna,
    reviewOn: '2027-05-31',
    draft: '# Draft',
  },
  sopVersions: {
    sopId: ids.sop,
    version: 2,
    body: '# Processing an order\n\n<script>alert(1)</script>',
    note: 'A second check',
    publishedAt: '2026-11-01T09:00:00+08:00',
  },
  sopAcks: { sopId: ids.sop, version: 2, staffId: ids.li, at: '2026-11-02T10:00:00+08:00' },
  teamEvents: {
    kind: 'health_check',
    title: 'Health check',
    date: '2026-12-18',
    endDate: '2026-12-19',
    time: '08:00',
    place: 'City clinic',
    participants: [ids.anna, ids.li],
    note: 'Come without breakfast',
  },
  coreValues: { name: 'Responsibility', description: 'We finish what we start', order: 2, active: true },
  recognitions: {
    staffId: ids.li,
    valueId: ids.value,
    date: '2026-11-21',
    note: 'Stayed to re-ship the wrong order',
    givenById: ids.anna,
  },
  careRecords: {
    staffId: ids.li,
    kind: 'remote_work',
    date: '2026-11-01',
    until: '2026-12-31',
    amount: 300_00,
    text: 'Tuesdays at home',
  },
  absenceDetails: { absenceId: ids.absence, reason: 'sick', note: 'Flu' },
};

const context = () => ({ t: i18next.t, currency: 'CNY', names });
const show = (table: TableName, field: string) => formatFieldValue(table, field, records[table], context());

beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
});

describe.each(['en', 'zh-CN'] as const)('a field as the preview shows it (%s)', (language) => {
  beforeAll(async () => {
    await i18next.changeLanguage(language);
  });

  it('never shows an id, a translation key or JSON, for every field of every table', () => {
    for (const table of Object.keys(records) as TableName[]) {
      for (const field of recordFieldNames(table)) {
        const text = show(table, field);
        expect(text, `${table}.${field}`).not.toMatch(/[{}[\]"]|sharingArea\.|[0-9a-f]{8}-[0-9a-f]{4}-/);
        expect(text, `${table}.${field}`).not.toBe('');
      }
      expect(recordLabel(table, records[table], { t: i18next.t, currency: 'CNY', names })).not.toMatch(
        /[0-9a-f]{8}-[0-9a-f]{4}-/,
      );
    }
  });

  it('names people, customers and products, and writes lists and choices in words', () => {
    expect(show('duties', 'backupIds')).toMatch(/李娜.+Anna Wang/);
    expect(show('orders', 'customerId')).toBe('上海华信贸易有限公司');
    expect(show('orders', 'lines')).toContain('A4 复印纸 × 10');
    expect(show('staff', 'skills')).toContain('Excel');
    expect(show('staff', 'skills')).toContain('3');
    expect(show('absences', 'kind')).toBe(language === 'en' ? 'Business trip' : '出差');
    expect(show('orders', 'status')).toBe(language === 'en' ? 'Partially shipped' : '部分发货');
    expect(show('orders', 'assigneeId')).toBe('—');
    expect(show('goals', 'metric')).toBe(
      language === 'en' ? 'Order processing time (average, hours)' : '订单处理时长（平均，小时）',
    );
    expect(show('goals', 'ownerId')).toBe('Anna Wang');
    expect(show('trainingItems', 'courseId')).toBe('Order entry basics');
    expect(show('trainingSessions', 'invited')).toMatch(/李娜.+Anna Wang/);
    expect(show('trainingSessions', 'attendance')).toBe(
      language === 'en' ? '1 of 1 present' : '1 人中 1 人出席',
    );
    expect(show('careerPlans', 'requiredSkills')).toContain('Excel');
  });

  it('writes the routines in words: people, linked records, choices, scores and plans', () => {
    const en = language === 'en';
    expect(show('meetings', 'attendees')).toMatch(/李娜.+Anna Wang/);
    expect(show('meetings', 'kind')).toBe(en ? 'One-on-one' : '一对一面谈');
    expect(show('meetings', 'scheduleId')).toBe('Weekly team meeting');
    expect(show('meetings', 'oneOnOne')).toContain(en ? 'Obstacles: Old scanner' : '遇到的困难: Old scanner');
    expect(show('meetingSchedules', 'cadence')).toBe(en ? 'Every two weeks' : '每两周');
    expect(show('actionItems', 'sourceId')).toBe('Team meeting 23 Nov');
    expect(show('actionItems', 'source')).toBe(en ? 'A meeting' : '会议');
    expect(show('risks', 'category')).toBe(en ? 'Customer complaint' : '客户投诉');
    expect(show('risks', 'likelihood')).toBe(en ? '3 of 5' : '3/5');
    expect(show('risks', 'plan')).toBe(
      '1. Call the customer the same day; 2. Ship the right goods by express',
    );
    expect(show('incidents', 'orderIds')).toBe('A1-20261128-0042');
    expect(show('incidents', 'riskId')).toBe('Wrong goods shipped');
    expect(show('incidents', 'severity')).toBe(en ? 'Critical' : '严重');
    expect(show('pdcaCycles', 'metric')).toBe(
      en ? 'Error rate (% returned for correction)' : '差错率（退回修改的百分比）',
    );
    expect(show('pdcaCycles', 'sopVersion')).toBe(en ? 'version 2' : '第 2 版');
    expect(show('sopVersions', 'body')).toContain('<script>'); // shown as text, never run
    expect(show('sopAcks', 'sopId')).toBe('Processing an order');
    expect(show('teamEvents', 'kind')).toBe(en ? 'Health check' : '体检');
    expect(show('recognitions', 'valueId')).toBe('Responsibility');
    expect(
      formatFieldValue('recognitions', 'givenById', { ...records.recognitions, givenById: null }, context()),
    ).toBe(en ? 'The manager' : '主管');
    expect(show('careRecords', 'kind')).toBe(en ? 'Remote work' : '远程办公');
    expect(show('absenceDetails', 'reason')).toBe(en ? 'Sick' : '病假');
    expect(show('absenceDetails', 'absenceId')).not.toContain(ids.absence);
    expect(recordLabel('sopAcks', records.sopAcks, context())).toBe(
      en ? '李娜 · Processing an order · version 2' : '李娜 · Processing an order · 第 2 版',
    );
  });

  it('writes money with its currency and dates as each language writes them', () => {
    expect(show('customers', 'creditLimit')).toMatch(/(¥|CN¥)120,000\.00/);
    expect(show('products', 'taxRate')).toMatch(/13\s?%/);
    expect(show('staff', 'startDate')).toBe(language === 'en' ? 'Mar 15, 2024' : '2024年3月15日');
  });
});

describe('referencedIds', () => {
  it('collects the ids a record points to, by table, from lines too', () => {
    const found = referencedIds([records.duties, records.orders, records.orderEvents]);
    expect([...found.staff].sort()).toEqual([ids.anna, ids.li].sort());
    expect([...found.customers]).toEqual([ids.customer]);
    expect([...found.products]).toEqual([ids.product]);
    expect([...found.orders]).toEqual([ids.order]);
  });

  it('follows the routines: an incident to its orders, customers and risk, an action item to its source', () => {
    const found = referencedIds([records.incidents, records.actionItems, records.recognitions]);
    expect([...found.orders]).toEqual([ids.order]);
    expect([...found.customers]).toEqual([ids.customer]);
    expect([...found.risks]).toEqual([ids.risk]);
    expect([...found.meetings]).toEqual([ids.meeting]);
    expect([...found.coreValues]).toEqual([ids.value]);
    expect([...found.staff].sort()).toEqual([ids.anna, ids.li].sort());
  });
});
