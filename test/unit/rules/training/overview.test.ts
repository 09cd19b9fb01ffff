import { describe, expect, it } from 'vitest';
import { completionRates, type TrainingItemLike, yearTotals } from '../../../../shared/rules/training';

const TODAY = '2026-06-01';

let next = 0;
function item(
  staffId: string,
  due: string,
  status: TrainingItemLike['status'],
  completedOn: string | null = null,
) {
  next += 1;
  return {
    id: `item-${next}`,
    staffId,
    courseId: 'excel',
    due,
    status,
    completedOn,
    certificateExpires: null,
  } satisfies TrainingItemLike;
}

describe('completion rates', () => {
  it('counts an item due today as due, but not yet overdue', () => {
    expect(completionRates([item('anna', TODAY, 'planned')], TODAY).get('anna')).toEqual({
      due: 1,
      completed: 0,
      rate: 0,
      overdue: 0,
    });
  });

  it('counts early completions as due and done, future items not at all', () => {
    const items = [
      item('anna', '2026-05-01', 'completed', '2026-04-28'),
      item('anna', '2026-09-01', 'completed', '2026-05-20'),
      item('anna', '2026-05-15', 'in_progress'),
      item('anna', '2026-08-01', 'planned'),
    ];
    expect(completionRates(items, TODAY).get('anna')).toEqual({
      due: 3,
      completed: 2,
      rate: 66.7,
      overdue: 1,
    });
  });

  it('counts a missed item against the rate but not as overdue', () => {
    const items = [item('ben', '2026-05-01', 'missed'), item('ben', '2026-05-02', 'completed', '2026-05-02')];
    expect(completionRates(items, TODAY).get('ben')).toEqual({ due: 2, completed: 1, rate: 50, overdue: 0 });
  });

  it('has no rate when nothing is due yet, and keeps people apart', () => {
    const rates = completionRates(
      [item('cleo', '2026-07-01', 'planned'), item('dan', '2026-05-01', 'enrolled')],
      TODAY,
    );
    expect(rates.get('cleo')).toEqual({ due: 0, completed: 0, rate: null, overdue: 0 });
    expect(rates.get('dan')).toEqual({ due: 1, completed: 0, rate: 0, overdue: 1 });
  });

  it('leaves deleted items out', () => {
    const items = [{ ...item('anna', '2026-05-01', 'planned'), deleted: true }];
    expect(completionRates(items, TODAY).get('anna')).toBeUndefined();
  });
});

describe('year totals', () => {
  const courses = [
    { id: 'excel', hours: 7.5, cost: 45_000 },
    { id: 'crm', hours: 0.1, cost: 1_999 },
    { id: 'german', hours: 0.2, cost: 0 },
  ];
  const completed = (courseId: string, completedOn: string) => ({
    ...item('anna', completedOn, 'completed', completedOn),
    courseId,
  });

  it('sums hours and cost of the items completed in the calendar year', () => {
    const items = [
      completed('excel', '2026-01-01'),
      completed('excel', '2026-12-31'),
      completed('crm', '2025-12-31'), // last year
      completed('crm', '2027-01-01'), // next year
      { ...item('anna', '2026-03-01', 'planned'), courseId: 'crm' },
    ];
    expect(yearTotals(items, courses, 2026)).toEqual({ hours: 15, cost: 90_000 });
  });

  it('keeps cost in whole minor units and hours without float noise', () => {
    const items = [completed('crm', '2026-02-01'), completed('german', '2026-02-02')];
    expect(yearTotals(items, courses, 2026)).toEqual({ hours: 0.3, cost: 1_999 });
  });

  it('adds nothing for a deleted item or an unknown course, and is zero for an empty year', () => {
    const items = [{ ...completed('excel', '2026-02-01'), deleted: true }, completed('gone', '2026-02-01')];
    expect(yearTotals(items, courses, 2026)).toEqual({ hours: 0, cost: 0 });
    expect(yearTotals([], courses, 2026)).toEqual({ hours: 0, cost: 0 });
  });
});
