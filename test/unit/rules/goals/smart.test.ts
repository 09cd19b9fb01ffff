import { describe, expect, it } from 'vitest';
import {
  type GoalHistory,
  type GoalRuleInput,
  isSmart,
  type SmartCheck,
  type SmartLetter,
  smartChecklist,
} from '../../../../shared/rules/goals';

// "Cut order processing time by 20%": a SMART goal with nothing to complain about.
const goal: GoalRuleInput = {
  title: 'Cut order processing time',
  description: 'Median working hours from submission to shipment, down from 30 to 24.',
  metric: 'orderProcessingHours',
  manualUnit: '',
  baseline: 30,
  target: 24,
  direction: 'decrease',
  ownerId: 'staff-1',
  parentId: 'team-goal-1',
  dutyId: null,
  term: 'quarterly',
  start: '2027-01-01',
  due: '2027-03-31',
};
const noHistory: GoalHistory = { best: null, worst: null };

const letterOf = (checklist: SmartCheck[], letter: SmartLetter) =>
  checklist.find((entry) => entry.letter === letter) as SmartCheck;
const checked = (changes: Partial<GoalRuleInput>, history: GoalHistory = noHistory) =>
  smartChecklist({ ...goal, ...changes }, history);
const problems = (letter: SmartLetter, changes: Partial<GoalRuleInput>) =>
  letterOf(checked(changes), letter).problems;
const warnings = (letter: SmartLetter, changes: Partial<GoalRuleInput>, history: GoalHistory = noHistory) =>
  letterOf(checked(changes, history), letter).warnings;

describe('the checklist', () => {
  it('passes a SMART goal: five letters in order, no problems, no warnings', () => {
    const checklist = smartChecklist(goal, { best: 28, worst: 35 });
    expect(checklist).toEqual(
      (['S', 'M', 'A', 'R', 'T'] as const).map((letter) => ({
        letter,
        ok: true,
        problems: [],
        warnings: [],
      })),
    );
    expect(isSmart(checklist)).toBe(true);
  });

  it('lists every letter even when everything is missing', () => {
    const empty: GoalRuleInput = {
      ...goal,
      title: '',
      description: '',
      metric: null,
      baseline: null,
      target: null,
      ownerId: null,
      parentId: null,
      start: '',
      due: '',
    };
    const checklist = smartChecklist(empty, noHistory);
    expect(checklist.map((entry) => [entry.letter, entry.ok, entry.problems])).toEqual([
      ['S', false, ['titleTooShort', 'descriptionMissing']],
      ['M', false, ['metricMissing', 'targetMissing']],
      ['A', false, ['ownerMissing']],
      ['R', false, ['notLinked']],
      ['T', false, ['datesMissing']],
    ]);
    expect(isSmart(checklist)).toBe(false);
  });

  it('is not SMART with one problem in one letter', () => {
    expect(isSmart(checked({ ownerId: null }))).toBe(false);
  });

  it('treats warnings as advice: still SMART', () => {
    const checklist = checked({ baseline: null, term: 'monthly' }, { best: 60, worst: 90 });
    expect(checklist.flatMap((entry) => entry.warnings)).toEqual([
      'noBaseline',
      'beyondHistory',
      'termMismatch',
    ]);
    expect(isSmart(checklist)).toBe(true);
  });
});

describe('S: specific', () => {
  it('wants a title of at least 5 characters, trimmed', () => {
    expect(problems('S', { title: 'Sale' })).toEqual(['titleTooShort']);
    expect(problems('S', { title: '   Sale   ' })).toEqual(['titleTooShort']);
    expect(problems('S', { title: 'Sales' })).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(problems('S', { title: '提高销售额' })).toEqual([]);
    expect(problems('S', { title: '降低退货' })).toEqual(['titleTooShort']);
    expect(problems('S', { title: '😀😀😀😀' })).toEqual(['titleTooShort']); // 8 UTF-16 units, 4 characters
  });

  it('wants a description', () => {
    expect(problems('S', { description: '' })).toEqual(['descriptionMissing']);
    expect(problems('S', { description: ' \n\t ' })).toEqual(['descriptionMissing']);
  });
});

describe('M: measurable', () => {
  it('wants a metric', () => {
    expect(problems('M', { metric: null })).toEqual(['metricMissing']);
    expect(problems('M', { metric: '  ' })).toEqual(['metricMissing']);
  });

  it('wants a unit for a manual metric, and only then', () => {
    expect(problems('M', { metric: 'manual', manualUnit: ' ', baseline: null })).toEqual(['unitMissing']);
    expect(problems('M', { metric: 'manual', manualUnit: 'calls', baseline: null })).toEqual([]);
    expect(problems('M', { manualUnit: '' })).toEqual([]);
  });

  it('wants a finite target', () => {
    expect(problems('M', { target: null })).toEqual(['targetMissing']);
    expect(problems('M', { target: Number.NaN })).toEqual(['targetMissing']);
    expect(problems('M', { target: Number.POSITIVE_INFINITY })).toEqual(['targetMissing']);
    expect(problems('M', { target: 0, baseline: 1 })).toEqual([]);
  });

  it('refuses a target equal to the baseline', () => {
    expect(problems('M', { target: 30 })).toEqual(['targetEqualsBaseline']);
  });

  it('refuses a target on the wrong side of the baseline for the direction', () => {
    expect(problems('M', { direction: 'decrease', target: 31 })).toEqual(['directionContradicts']);
    expect(problems('M', { direction: 'increase', target: 24 })).toEqual(['directionContradicts']);
    expect(problems('M', { direction: 'increase', target: 36 })).toEqual([]);
    expect(problems('M', { direction: 'increase', baseline: -5, target: -2 })).toEqual([]);
  });

  it('warns (only) when a derived metric has no baseline, and then cannot judge the direction', () => {
    const checklist = checked({ baseline: null, direction: 'increase', target: 24 });
    expect(letterOf(checklist, 'M')).toEqual({
      letter: 'M',
      ok: true,
      problems: [],
      warnings: ['noBaseline'],
    });
  });

  it('does not warn about a baseline for a manual metric or none chosen', () => {
    expect(warnings('M', { metric: 'manual', manualUnit: 'visits', baseline: null })).toEqual([]);
    expect(warnings('M', { metric: null, baseline: null })).toEqual([]);
  });

  it('lists several problems of one letter together', () => {
    expect(problems('M', { metric: 'manual', manualUnit: '', target: null })).toEqual([
      'unitMissing',
      'targetMissing',
    ]);
  });
});

describe('A: achievable', () => {
  it('wants an owner', () => {
    expect(problems('A', { ownerId: null })).toEqual(['ownerMissing']);
    expect(problems('A', { ownerId: '' })).toEqual(['ownerMissing']);
  });

  it('warns when an increase is more than 50% past the best history shows', () => {
    const up = { direction: 'increase', baseline: 80, target: 150 } as const;
    expect(warnings('A', up, { best: 100, worst: 50 })).toEqual([]);
    expect(warnings('A', { ...up, target: 150.01 }, { best: 100, worst: 50 })).toEqual(['beyondHistory']);
  });

  it('warns when a decrease goes more than 50% below the best (lowest) history shows', () => {
    expect(warnings('A', { target: 10 }, { best: 20, worst: 40 })).toEqual([]);
    expect(warnings('A', { target: 9.99 }, { best: 20, worst: 40 })).toEqual(['beyondHistory']);
  });

  it('measures the margin on the size of a negative best', () => {
    const up = { direction: 'increase', baseline: -200, target: -50 } as const;
    expect(warnings('A', up, { best: -100, worst: -300 })).toEqual([]);
    expect(warnings('A', { ...up, target: -49 }, { best: -100, worst: -300 })).toEqual(['beyondHistory']);
  });

  it('warns on any increase past a best of zero', () => {
    const up = { direction: 'increase', baseline: 0, target: 1 } as const;
    expect(warnings('A', up, { best: 0, worst: 0 })).toEqual(['beyondHistory']);
  });

  it('does not warn without history or without a target', () => {
    expect(warnings('A', { target: 1 }, noHistory)).toEqual([]);
    expect(warnings('A', { target: null }, { best: 20, worst: 40 })).toEqual([]);
  });

  it('takes no history at all', () => {
    expect(letterOf(smartChecklist({ ...goal, target: 1 }), 'A').warnings).toEqual([]);
  });
});

describe('R: relevant', () => {
  it('wants a team goal or a duty it serves', () => {
    expect(problems('R', { parentId: null, dutyId: null })).toEqual(['notLinked']);
    expect(problems('R', { parentId: '', dutyId: ' ' })).toEqual(['notLinked']);
    expect(problems('R', { parentId: null, dutyId: 'duty-1' })).toEqual([]);
    expect(problems('R', { parentId: 'team-goal-1', dutyId: 'duty-1' })).toEqual([]);
  });
});

describe('T: time-bound', () => {
  it('wants two real dates', () => {
    expect(problems('T', { start: '' })).toEqual(['datesMissing']);
    expect(problems('T', { due: '' })).toEqual(['datesMissing']);
    expect(problems('T', { due: '2027-02-30' })).toEqual(['datesMissing']);
    expect(problems('T', { start: '2027-1-5' })).toEqual(['datesMissing']);
    expect(problems('T', { start: '2027-01-01T00:00' })).toEqual(['datesMissing']);
  });

  it('wants the due date after the start', () => {
    expect(problems('T', { due: '2027-01-01' })).toEqual(['dueBeforeStart']);
    expect(problems('T', { due: '2026-12-31' })).toEqual(['dueBeforeStart']);
    expect(problems('T', { term: 'daily', due: '2027-01-02' })).toEqual([]);
  });

  it('warns when the span (both ends counted) does not fit the term', () => {
    const cases: [GoalRuleInput['term'], string, string, boolean][] = [
      ['daily', '2027-01-01', '2027-01-07', false],
      ['daily', '2027-01-01', '2027-01-08', true],
      ['weekly', '2027-01-04', '2027-01-10', false],
      ['weekly', '2027-01-01', '2027-01-31', false],
      ['weekly', '2027-01-01', '2027-02-01', true],
      ['monthly', '2027-02-01', '2027-02-28', false], // the shortest month
      ['monthly', '2027-02-01', '2027-02-27', true],
      ['monthly', '2027-01-01', '2027-03-03', false], // 62 days
      ['monthly', '2027-01-01', '2027-03-04', true],
      ['quarterly', '2027-01-01', '2027-03-31', false],
      ['quarterly', '2027-01-01', '2027-01-27', true],
      ['quarterly', '2027-01-01', '2027-05-10', false], // 130 days
      ['quarterly', '2027-01-01', '2027-05-11', true],
      ['annual', '2028-01-01', '2028-12-31', false], // leap year: 366 days
      ['annual', '2027-01-01', '2028-02-04', false], // 400 days
      ['annual', '2027-01-01', '2028-02-05', true],
      ['annual', '2027-01-01', '2027-01-27', true],
    ];
    for (const [term, start, due, mismatch] of cases)
      expect([term, start, due, warnings('T', { term, start, due })]).toEqual([
        term,
        start,
        due,
        mismatch ? ['termMismatch'] : [],
      ]);
  });

  it('does not judge the term of dates that are already a problem', () => {
    expect(warnings('T', { term: 'daily', due: '2026-01-01' })).toEqual([]);
    expect(warnings('T', { term: 'annual', due: '' })).toEqual([]);
  });
});
