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
};

const show = (table: TableName, field: string) =>
  formatFieldValue(table, field, records[table], { t: i18next.t, currency: 'CNY', names });

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
});
