import { screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCourses, loadTrainingPlans } from '../../renderer/db/training-queries';
import { buildPlansExport } from '../../renderer/features/training/plans/export/plans-workbook';
import { PlansTab } from '../../renderer/features/training/plans/PlansTab';
import { platform } from '../../renderer/platform';
import type { Language } from '../../shared/ipc/contract';
import type { CourseInput } from '../../shared/schema/training';
import { freshSession, staffInput } from '../unit/db/fixtures';
import { renderScreen } from './support';

// The training plans as a workbook (typed cells read back with exceljs, headers in the chosen language) and
// the chosen person's plan on paper, over a real (fake-indexeddb) session: two people, three items, one
// completed with a score, one course costing 350.00 CNY.

const TODAY = '2026-11-28';

const course = (title: string, overrides: Partial<CourseInput> = {}): CourseInput => ({
  title,
  kind: 'internal',
  provider: '',
  hours: 2,
  cost: 0,
  skills: [],
  materials: '',
  certificateMonths: null,
  active: true,
  ...overrides,
});

async function office() {
  const session = await freshSession();
  const { repos } = session;
  const excel = await repos.courses.create(course('Excel basics', { cost: 350_00, hours: 3.5 }));
  const care = await repos.courses.create(course('Customer care', { kind: 'online', certificateMonths: 12 }));
  const ann = await repos.staff.create(staffInput('Ann'));
  const bob = await repos.staff.create(staffInput('Bob'));
  await repos.trainingItems.create({
    staffId: ann.id,
    courseId: excel.id,
    due: '2026-12-15',
    status: 'planned',
  });
  await repos.trainingItems.create({
    staffId: ann.id,
    courseId: care.id,
    due: '2026-11-25',
    status: 'completed',
    completedOn: '2026-11-20',
    score: 92,
    passed: true,
    certificateExpires: '2027-11-20',
  });
  await repos.trainingItems.create({
    staffId: bob.id,
    courseId: excel.id,
    due: '2026-11-10',
    status: 'enrolled',
  });
  return session;
}

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** A sheet's rows as { header: value } records (header row first). */
function records(sheet: ExcelJS.Worksheet | undefined) {
  if (!sheet) throw new Error('no sheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)])));
  }
  return { headers, rows };
}

/** A date cell's value as UTC ISO text (a day is written at UTC midnight). */
const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

const labels = {
  en: {
    sheets: ['Plans', 'Summary'],
    plan: [
      'Person',
      'Course',
      'Course type',
      'Hours',
      'Cost (CNY)',
      'Due',
      'Status',
      'Completed on',
      'Score',
      'Passed',
      'Certificate expires',
    ],
    summary: ['Person', 'Courses', 'Completed', 'Completion rate', 'Overdue'],
    completed: 'Completed',
    planned: 'Planned',
    online: 'Online',
    yes: 'Yes',
  },
  'zh-CN': {
    sheets: ['培训计划', '汇总'],
    plan: [
      '人员',
      '课程',
      '课程类型',
      '学时',
      '费用（CNY）',
      '截止日期',
      '状态',
      '完成日期',
      '成绩',
      '是否通过',
      '证书到期日',
    ],
    summary: ['人员', '课程数', '已完成', '完成率', '逾期'],
    completed: '已完成',
    planned: '已计划',
    online: '线上',
    yes: '是',
  },
} as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('training plans export', () => {
  it.each(['en', 'zh-CN'] as const)(
    'builds the workbook with typed cells, headers in %s',
    async (language: Language) => {
      const session = await office();
      const [plans, courses] = await Promise.all([
        loadTrainingPlans(session.db, TODAY),
        loadCourses(session.db),
      ]);
      const built = await buildPlansExport(
        { plans, courses, currency: { code: 'CNY', symbol: '¥' } },
        language,
        new Date(2026, 10, 28, 15, 0),
      );
      expect(built.suggestedName).toBe('training-plans-2026-11-28.xlsx');
      const l = labels[language];
      const workbook = await readBack(built.bytes);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(l.sheets);

      const planSheet = workbook.getWorksheet(l.sheets[0]);
      const plan = records(planSheet);
      expect(plan.headers).toEqual(l.plan);
      expect(planSheet?.getRow(1).font?.bold).toBe(true);
      expect(planSheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(plan.rows).toHaveLength(3);
      const [person, title, kind, hours, cost, due, status, completedOn, score, passed, certificate] = l.plan;
      const row = (name: string, courseTitle: string) => {
        const found = plan.rows.find((r) => r[person]?.value === name && r[title]?.value === courseTitle);
        if (!found) throw new Error(`no row for ${name}, ${courseTitle}`);
        return found;
      };

      const annExcel = row('Ann', 'Excel basics');
      expect(annExcel[cost]?.value).toBe(350);
      expect(typeof annExcel[cost]?.value).toBe('number');
      expect(annExcel[cost]?.numFmt).toBe('"¥"#,##0.00');
      expect(annExcel[hours]?.value).toBe(3.5);
      expect(annExcel[due]?.value).toBeInstanceOf(Date);
      expect(dayOf(annExcel[due]?.value)).toBe('2026-12-15T00:00:00.000Z');
      expect(annExcel[due]?.numFmt).toBe('yyyy-mm-dd');
      expect(annExcel[status]?.value).toBe(l.planned);
      expect(annExcel[completedOn]?.value).toBeNull();
      expect(annExcel[score]?.value).toBeNull();

      const annCare = row('Ann', 'Customer care');
      expect(annCare[kind]?.value).toBe(l.online);
      expect(annCare[cost]?.value).toBe(0);
      expect(annCare[status]?.value).toBe(l.completed);
      expect(dayOf(annCare[completedOn]?.value)).toBe('2026-11-20T00:00:00.000Z');
      expect(annCare[score]?.value).toBe(92);
      expect(annCare[passed]?.value).toBe(l.yes);
      expect(annCare[certificate]?.value).toBeInstanceOf(Date);
      expect(dayOf(annCare[certificate]?.value)).toBe('2027-11-20T00:00:00.000Z');
      expect(row('Bob', 'Excel basics')[cost]?.value).toBe(350);

      const summarySheet = workbook.getWorksheet(l.sheets[1]);
      const summary = records(summarySheet);
      expect(summary.headers).toEqual(l.summary);
      expect(summarySheet?.getRow(1).font?.bold).toBe(true);
      expect(summarySheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const [, items, completed, rate, overdue] = l.summary;
      const byName = (name: string) => summary.rows.find((r) => r[l.summary[0]]?.value === name);
      const ann = byName('Ann');
      const bob = byName('Bob');
      // Ann: one due (the completed one) and done; Bob: one due, past due and not done.
      expect([
        ann?.[items]?.value,
        ann?.[completed]?.value,
        ann?.[rate]?.value,
        ann?.[overdue]?.value,
      ]).toEqual([2, 1, 1, 0]);
      expect(typeof ann?.[rate]?.value).toBe('number');
      expect(ann?.[rate]?.numFmt).toBe('0.0%');
      expect([
        bob?.[items]?.value,
        bob?.[completed]?.value,
        bob?.[rate]?.value,
        bob?.[overdue]?.value,
      ]).toEqual([1, 0, 0, 1]);
    },
  );

  it('exports from the Plans tab and prints the chosen person’s plan', async () => {
    const session = await office();
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = await renderScreen(<PlansTab />, { session, language: 'zh-CN' });

    // Enabled once the office currency is read; exceljs loads on the first export (slow on a busy machine).
    const exportButton = await screen.findByTestId('export-plans-xlsx');
    await waitFor(() => expect(exportButton.hasAttribute('disabled')).toBe(false));
    await user.click(exportButton);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    const request = save.mock.calls[0]?.[0];
    expect(request?.suggestedName).toMatch(/^training-plans-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = await readBack(request?.bytes ?? new Uint8Array());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(labels['zh-CN'].sheets);
    expect(records(workbook.getWorksheet('培训计划')).rows).toHaveLength(3);
    expect(await screen.findByText('培训计划已导出。')).toBeTruthy();

    // Ann is chosen first: her two courses, in due order, with the completed one's result and certificate.
    await user.click(screen.getByTestId('print-plan'));
    const sheet = await screen.findByTestId('plan-print');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(sheet.closest('.sd-print-root')?.parentElement).toBe(document.body);
    expect(sheet.textContent).toContain('Ann');
    const rows = within(sheet).getAllByTestId('plan-print-row');
    expect(rows.map((r) => r.getAttribute('data-item'))).toEqual(['Customer care', 'Excel basics']);
    const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells(rows[0] as HTMLElement)).toEqual([
      'Customer care',
      '线上',
      '2026年11月25日',
      '已完成',
      '2026年11月20日 · 成绩 92 · 通过',
      expect.stringContaining('2027年11月20日'),
    ]);
    expect(cells(rows[1] as HTMLElement)[3]).toBe('已计划');
    expect(within(sheet).getByTestId('plan-print-figures').textContent).toContain('课程数2');
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByTestId('plan-print')).toBeNull());

    // Choosing Bob prints his plan.
    await user.click(screen.getByRole('button', { name: 'Bob' }));
    await user.click(screen.getByTestId('print-plan'));
    const bobSheet = await screen.findByTestId('plan-print');
    expect(
      within(bobSheet)
        .getAllByTestId('plan-print-row')
        .map((r) => r.getAttribute('data-item')),
    ).toEqual(['Excel basics']);
    expect(within(bobSheet).getAllByTestId('plan-print-row')[0]?.textContent).toContain('已报名');
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByTestId('plan-print')).toBeNull());
  });
});
