import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdvanceFacts,
  advanceProblem,
  checkResult,
  nextPhase,
  reached,
} from '../../../../shared/rules/routines/pdca';
import { pdcaCycleFields } from '../../../../shared/schema/pdca';

const facts = (over: Partial<AdvanceFacts>): AdvanceFacts => ({
  phase: 'plan',
  tasks: [],
  afterFrom: null,
  afterTo: null,
  sopId: null,
  dutyId: null,
  actNote: '',
  today: '2026-12-09',
  ...over,
});

describe('PDCA phases', () => {
  it('go one way, plan → do → check → act → closed', () => {
    expect(nextPhase('plan')).toBe('do');
    expect(nextPhase('do')).toBe('check');
    expect(nextPhase('check')).toBe('act');
    expect(nextPhase('act')).toBe('closed');
    expect(nextPhase('closed')).toBeNull();
    expect(reached('check', 'do')).toBe(true);
    expect(reached('do', 'check')).toBe(false);
  });

  it('leave Do only with a task done and none open', () => {
    expect(advanceProblem(facts({ phase: 'do' }))?.code).toBe('pdca.noTasks');
    expect(advanceProblem(facts({ phase: 'do', tasks: [{ status: 'cancelled' }] }))?.code).toBe(
      'pdca.noTasks',
    );
    expect(advanceProblem(facts({ phase: 'do', tasks: [{ status: 'done' }, { status: 'open' }] }))).toEqual({
      code: 'pdca.tasksOpen',
      field: 'tasks',
      count: 1,
    });
    expect(
      advanceProblem(facts({ phase: 'do', tasks: [{ status: 'done' }, { status: 'cancelled' }] })),
    ).toBeNull();
  });

  it('leave Check once the period after the change is set and over', () => {
    expect(advanceProblem(facts({ phase: 'check' }))?.code).toBe('pdca.noAfterPeriod');
    const after = { afterFrom: '2026-11-01' };
    expect(advanceProblem(facts({ phase: 'check', ...after, afterTo: '2026-12-09' }))?.code).toBe(
      'pdca.afterNotOver',
    );
    expect(advanceProblem(facts({ phase: 'check', ...after, afterTo: '2026-12-08' }))).toBeNull();
  });

  it('close once something was standardised, or a note says why not', () => {
    expect(advanceProblem(facts({ phase: 'act' }))?.code).toBe('pdca.notStandardised');
    expect(advanceProblem(facts({ phase: 'act', actNote: '   ' }))?.code).toBe('pdca.notStandardised');
    expect(advanceProblem(facts({ phase: 'act', sopId: 'x' }))).toBeNull();
    expect(advanceProblem(facts({ phase: 'act', dutyId: 'x' }))).toBeNull();
    expect(advanceProblem(facts({ phase: 'act', actNote: 'No change needed' }))).toBeNull();
    expect(advanceProblem(facts({ phase: 'closed' }))?.code).toBe('pdca.closed');
    expect(advanceProblem(facts({ phase: 'plan' }))).toBeNull();
  });
});

describe('the Check step', () => {
  it('reads a fall as better for a lower-is-better metric, and checks the target', () => {
    expect(checkResult(4.2, 2.1, 2.5, 'lower')).toEqual({
      before: 4.2,
      after: 2.1,
      change: -2.1,
      changePercent: -50,
      improved: true,
      targetMet: true,
    });
    expect(checkResult(4.2, 3, 2.5, 'lower')).toMatchObject({ improved: true, targetMet: false });
    expect(checkResult(90, 95, 95, 'higher')).toMatchObject({ change: 5, improved: true, targetMet: true });
    expect(checkResult(90, 85, 95, 'higher')).toMatchObject({ improved: false, targetMet: false });
  });

  it('without a target, is met when the figure got better than before', () => {
    expect(checkResult(10, 8, null, 'lower').targetMet).toBe(true);
    expect(checkResult(10, 12, null, 'lower').targetMet).toBe(false);
    expect(checkResult(10, 10, null, 'lower')).toMatchObject({ change: 0, improved: null, targetMet: false });
  });

  it('says "no data" (null) when a figure is missing, never NaN', () => {
    expect(checkResult(null, 3, 2, 'lower')).toMatchObject({
      change: null,
      improved: null,
      targetMet: false,
    });
    expect(checkResult(3, null, 2, 'lower')).toMatchObject({ change: null, targetMet: null });
    expect(checkResult(0, 5, null, 'higher')).toMatchObject({ change: 5, changePercent: null });
    expect(checkResult(Number.NaN, 5, null, 'higher').before).toBeNull();
    fc.assert(
      fc.property(
        fc.option(fc.double({ noNaN: false })),
        fc.option(fc.double({ noNaN: false })),
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
        fc.constantFrom('higher' as const, 'lower' as const),
        (before, after, target, better) => {
          const result = checkResult(before, after, target, better);
          for (const value of [result.before, result.after, result.change, result.changePercent])
            expect(value === null || Number.isFinite(value)).toBe(true);
        },
      ),
    );
  });
});

describe('a PDCA cycle record', () => {
  const base = {
    title: 'Fewer order errors',
    process: 'order_processing' as const,
    metric: 'errorRate' as const,
    beforeFrom: '2026-09-01',
    beforeTo: '2026-09-30',
  };
  it('measures something: a metric or a goal', () => {
    expect(pdcaCycleFields.safeParse(base).success).toBe(true);
    const none = pdcaCycleFields.safeParse({ ...base, metric: null });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]).toMatchObject({ path: ['metric'], params: { code: 'pdca.noMeasure' } });
  });
  it('refuses reversed periods and an after period that starts before the before one ends', () => {
    const bad = pdcaCycleFields.safeParse({ ...base, beforeTo: '2026-08-01', afterFrom: '2026-09-15' });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(['beforeTo']);
    const overlap = pdcaCycleFields.safeParse({ ...base, afterFrom: '2026-09-15', afterTo: '2026-10-15' });
    expect(overlap.error?.issues).toMatchObject([
      { path: ['afterFrom'], params: { code: 'pdca.afterOverlapsBefore' } },
    ]);
  });
});
