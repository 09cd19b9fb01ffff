import { describe, expect, it } from 'vitest';
import { type CourseLike, careerGap, readiness, suggestedCourses } from '../../../../shared/rules/training';

// Anna aims at "Key account manager": Negotiation 3, CRM 2, Excel 2.
const required = [
  { skill: 'Negotiation', level: 3 },
  { skill: 'CRM', level: 2 },
  { skill: 'Excel', level: 2 },
];
const anna = [
  { skill: 'Negotiation', level: 1 },
  { skill: 'Excel', level: 4 },
];

describe('career gap', () => {
  it('lists the skills short of the need, a missing one at 0, in the plan order', () => {
    expect(careerGap(required, anna)).toEqual([
      { skill: 'Negotiation', have: 1, need: 3, short: 2 },
      { skill: 'CRM', have: 0, need: 2, short: 2 },
    ]);
  });

  it('is empty when every need is met', () => {
    expect(
      careerGap(required, [...anna, { skill: 'CRM', level: 2 }, { skill: 'Negotiation', level: 3 }]),
    ).toEqual([]);
  });
});

describe('readiness', () => {
  it('is the share of required levels held, a surplus counting only up to the need', () => {
    // min(1,3) + min(0,2) + min(4,2) = 3 of 7 → 42.9 → 43
    expect(readiness(required, anna)).toBe(43);
  });

  it('is 100 when the plan requires nothing, and 0 with no required skill held', () => {
    expect(readiness([], anna)).toBe(100);
    expect(readiness(required, [])).toBe(0);
    expect(readiness(required, required)).toBe(100);
  });
});

describe('suggested courses', () => {
  const course = (id: string, title: string, skills: CourseLike['skills'], active = true): CourseLike => ({
    id,
    title,
    skills,
    active,
  });
  const courses = [
    course('neg-4', 'Negotiation masterclass', [{ skill: 'Negotiation', level: 4 }]),
    course('neg-3', 'Negotiation in practice', [{ skill: 'Negotiation', level: 3 }]),
    course('neg-3-old', 'Negotiation 2019', [{ skill: 'Negotiation', level: 3 }], false),
    course('crm-1', 'CRM intro', [{ skill: 'CRM', level: 1 }]),
    course('crm-1b', 'CRM basics', [{ skill: 'CRM', level: 1 }]),
    course('crm-0', 'Sales tools tour', [{ skill: 'Excel', level: 1 }]),
  ];

  it('lists the active courses reaching the need, lowest sufficient level first', () => {
    expect(suggestedCourses(careerGap(required, anna), courses)[0]).toEqual({
      skill: 'Negotiation',
      courseIds: ['neg-3', 'neg-4'],
    });
  });

  it('falls back to the courses giving the highest level below the need', () => {
    const crm = [...courses, course('crm-dead', 'CRM advanced', [{ skill: 'CRM', level: 3 }], false)];
    expect(suggestedCourses(careerGap(required, anna), crm)[1]).toEqual({
      skill: 'CRM',
      courseIds: ['crm-1b', 'crm-1'],
    });
  });

  it('suggests nothing for a skill no course raises', () => {
    const gap = [{ skill: 'CRM', have: 1, need: 2, short: 1 }];
    expect(suggestedCourses(gap, courses)).toEqual([{ skill: 'CRM', courseIds: [] }]);
    expect(suggestedCourses([{ skill: 'Italian', have: 0, need: 2, short: 2 }], courses)).toEqual([
      { skill: 'Italian', courseIds: [] },
    ]);
  });
});
