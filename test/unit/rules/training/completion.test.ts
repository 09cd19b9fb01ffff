import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applySkillRaises,
  certificateExpiry,
  completionProblem,
  type SkillLevel,
  skillRaises,
} from '../../../../shared/rules/training';

// "Excel for sales" develops Excel to 3 and Pivot tables to 2.
const excelCourse = {
  skills: [
    { skill: 'Excel', level: 3 },
    { skill: 'Pivot tables', level: 2 },
  ],
};

describe('skill raises on completion', () => {
  it('raises a lower skill and adds a missing one at the course level', () => {
    const anna = { skills: [{ skill: 'Excel', level: 1 }] };
    expect(skillRaises(anna, excelCourse)).toEqual([
      { skill: 'Excel', from: 1, to: 3 },
      { skill: 'Pivot tables', from: null, to: 2 },
    ]);
  });

  it('never lowers: a person above the course level keeps theirs', () => {
    const expert = {
      skills: [
        { skill: 'Excel', level: 4 },
        { skill: 'Pivot tables', level: 2 },
      ],
    };
    expect(skillRaises(expert, excelCourse)).toEqual([]);
  });

  it('treats a skill held at level 0 as held, and raises it from 0', () => {
    expect(
      skillRaises({ skills: [{ skill: 'Excel', level: 0 }] }, { skills: [{ skill: 'Excel', level: 1 }] }),
    ).toEqual([{ skill: 'Excel', from: 0, to: 1 }]);
  });

  it('applies raises in place and adds new skills at the end, leaving other skills alone', () => {
    const skills = [
      { skill: 'Negotiation', level: 2 },
      { skill: 'Excel', level: 1 },
    ];
    expect(applySkillRaises(skills, skillRaises({ skills }, excelCourse))).toEqual([
      { skill: 'Negotiation', level: 2 },
      { skill: 'Excel', level: 3 },
      { skill: 'Pivot tables', level: 2 },
    ]);
  });

  const skillNames = fc.constantFrom('Excel', 'CRM', 'Negotiation', 'Pivot tables', 'German');
  const skillList = (min: number) =>
    fc.uniqueArray(fc.record({ skill: skillNames, level: fc.integer({ min, max: 4 }) }), {
      selector: (s) => s.skill,
      maxLength: 5,
    });

  it('never lowers a skill, and completing the same course again raises nothing more', () => {
    fc.assert(
      fc.property(skillList(0), skillList(1), (skills: SkillLevel[], courseSkills: SkillLevel[]) => {
        const course = { skills: courseSkills };
        const raises = skillRaises({ skills }, course);
        for (const r of raises) expect(r.from === null || r.from < r.to).toBe(true);
        const after = applySkillRaises(skills, raises);
        const level = new Map(after.map((s) => [s.skill, s.level]));
        for (const s of skills) expect(level.get(s.skill)).toBeGreaterThanOrEqual(s.level);
        for (const s of courseSkills) expect(level.get(s.skill)).toBeGreaterThanOrEqual(s.level);
        expect(skillRaises({ skills: after }, course)).toEqual([]);
        expect(applySkillRaises(after, skillRaises({ skills: after }, course))).toEqual(after);
      }),
    );
  });
});

describe('certificate expiry', () => {
  it('adds calendar months, keeping the day of the month', () => {
    expect(certificateExpiry('2026-03-15', 12)).toBe('2027-03-15');
    expect(certificateExpiry('2026-11-30', 3)).toBe('2027-02-28');
    expect(certificateExpiry('2026-10-10', 24)).toBe('2028-10-10');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(certificateExpiry('2026-01-31', 1)).toBe('2026-02-28');
    expect(certificateExpiry('2026-03-31', 1)).toBe('2026-04-30');
    expect(certificateExpiry('2026-08-31', 1)).toBe('2026-09-30');
  });

  it('knows leap years', () => {
    expect(certificateExpiry('2028-01-31', 1)).toBe('2028-02-29');
    expect(certificateExpiry('2028-02-29', 12)).toBe('2029-02-28');
    expect(certificateExpiry('2028-02-29', 48)).toBe('2032-02-29');
    expect(certificateExpiry('2099-12-31', 2)).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('gives none when the course gives no certificate', () => {
    expect(certificateExpiry('2026-05-01', null)).toBeNull();
  });
});

describe('completing an item', () => {
  it('refuses an item already completed', () => {
    expect(completionProblem({ status: 'completed' })).toBe('training.alreadyCompleted');
  });

  it('allows every other status, a missed item included (it can still be done late)', () => {
    for (const status of ['planned', 'enrolled', 'in_progress', 'missed'] as const)
      expect([status, completionProblem({ status })]).toEqual([status, null]);
  });
});
