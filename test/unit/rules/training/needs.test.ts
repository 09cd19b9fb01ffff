import { describe, expect, it } from 'vitest';
import type { CoverageIssue } from '../../../../shared/rules/coverage';
import {
  type CertificateStatus,
  type CourseLike,
  type NeedsInput,
  type TrainingItemLike,
  trainingNeeds,
} from '../../../../shared/rules/training';

const TODAY = '2026-06-01';

const duties = [
  { id: 'quotes', name: 'Quotes', requiredSkill: 'Excel', requiredLevel: 2 },
  { id: 'reports', name: 'Monthly reports', requiredSkill: 'Excel', requiredLevel: 3 },
  { id: 'calls', name: 'Customer calls', requiredSkill: 'German', requiredLevel: 2 },
];
const staff: NeedsInput['staff'] = [
  { id: 'anna', skills: [{ skill: 'Excel', level: 1 }], status: 'active' },
  { id: 'ben', skills: [], status: 'on_leave' },
  { id: 'cleo', skills: [], status: 'left' },
];
const course = (id: string, title: string, skills: CourseLike['skills'], active = true): CourseLike => ({
  id,
  title,
  skills,
  active,
});
const courses = [
  course('excel-expert', 'Excel expert', [{ skill: 'Excel', level: 4 }]),
  course('excel-basics', 'Excel basics', [{ skill: 'Excel', level: 2 }]),
  course('excel-b', 'Excel for buyers', [{ skill: 'Excel', level: 3 }]),
  course('excel-a', 'Excel for accounts', [{ skill: 'Excel', level: 3 }]),
  course('excel-old', 'Excel (old)', [{ skill: 'Excel', level: 3 }], false),
  course('first-aid', 'First aid', []),
];
const below = (dutyId: string, staffId: string, level: number, required: number): CoverageIssue => ({
  kind: 'skill_below',
  dutyId,
  staffId,
  role: 'primary',
  level,
  required,
});
const item = (staffId: string, courseId: string, status: TrainingItemLike['status']): TrainingItemLike => ({
  id: `${staffId}-${courseId}`,
  staffId,
  courseId,
  due: '2026-07-01',
  status,
  completedOn: status === 'completed' ? '2026-05-01' : null,
  certificateExpires: null,
});
const cert = (staffId: string, courseId: string, expires: string): CertificateStatus => ({
  itemId: `${staffId}-${courseId}`,
  staffId,
  courseId,
  expires,
  state: 'valid', // recomputed from today
});
const needs = (input: Partial<NeedsInput>) =>
  trainingNeeds({ issues: [], duties, staff, courses, items: [], certificates: [], today: TODAY, ...input });

describe('skill gaps', () => {
  it('gives one need per person and skill, at the highest level their duties need', () => {
    const result = needs({ issues: [below('quotes', 'anna', 1, 2), below('reports', 'anna', 1, 3)] });
    expect(result).toEqual([
      {
        key: 'gap:anna:Excel',
        staffId: 'anna',
        reason: 'skillGap',
        skill: 'Excel',
        level: 3,
        dutyId: 'reports',
        suggested: ['excel-a', 'excel-b', 'excel-expert'],
        planned: false,
      },
    ]);
  });

  it('suggests the lowest sufficient active course first, then by title, never an inactive one', () => {
    const [need] = needs({ issues: [below('quotes', 'anna', 1, 2)] });
    expect(need?.suggested).toEqual(['excel-basics', 'excel-a', 'excel-b', 'excel-expert']);
  });

  it('suggests nothing for a skill no course teaches', () => {
    const [need] = needs({ issues: [below('calls', 'ben', 0, 2)] });
    expect(need).toMatchObject({ staffId: 'ben', skill: 'German', level: 2, suggested: [], planned: false });
  });

  it('leaves out people who left', () => {
    expect(needs({ issues: [below('quotes', 'cleo', 0, 2)] })).toEqual([]);
  });

  it('leaves out a gap the person has since closed', () => {
    const trained = [{ id: 'anna', skills: [{ skill: 'Excel', level: 3 }], status: 'active' as const }];
    expect(needs({ staff: trained, issues: [below('reports', 'anna', 1, 3)] })).toEqual([]);
  });

  it('is planned when an open item exists for a suggested course, not for a completed or missed one', () => {
    const issues = [below('reports', 'anna', 1, 3)];
    for (const status of ['planned', 'enrolled', 'in_progress'] as const)
      expect(needs({ issues, items: [item('anna', 'excel-expert', status)] })[0]?.planned).toBe(true);
    for (const status of ['completed', 'missed'] as const)
      expect(needs({ issues, items: [item('anna', 'excel-expert', status)] })[0]?.planned).toBe(false);
    // Someone else's booking, or a course that does not reach the level, does not count.
    expect(needs({ issues, items: [item('ben', 'excel-a', 'planned')] })[0]?.planned).toBe(false);
    expect(needs({ issues, items: [item('anna', 'excel-basics', 'planned')] })[0]?.planned).toBe(false);
    expect(
      needs({ issues, items: [{ ...item('anna', 'excel-a', 'planned'), deleted: true }] })[0]?.planned,
    ).toBe(false);
  });

  it('ignores issues of other kinds', () => {
    expect(needs({ issues: [{ kind: 'no_backup', dutyId: 'quotes' }] })).toEqual([]);
  });
});

describe('certificates', () => {
  it('asks to renew an expired or expiring certificate with the same course, not a valid one', () => {
    const result = needs({
      certificates: [
        cert('anna', 'first-aid', '2026-07-31'), // 60 days: expiring
        cert('ben', 'first-aid', '2026-05-31'), // expired
        cert('anna', 'excel-a', '2026-08-01'), // 61 days: valid
      ],
    });
    expect(result).toEqual([
      {
        key: 'cert:ben:first-aid',
        staffId: 'ben',
        reason: 'certificateExpired',
        courseId: 'first-aid',
        expires: '2026-05-31',
        suggested: ['first-aid'],
        planned: false,
      },
      {
        key: 'cert:anna:first-aid',
        staffId: 'anna',
        reason: 'certificateExpiring',
        courseId: 'first-aid',
        expires: '2026-07-31',
        suggested: ['first-aid'],
        planned: false,
      },
    ]);
  });

  it('is planned when the renewal is booked; suggests nothing when the course is no longer given', () => {
    const [booked] = needs({
      certificates: [cert('anna', 'first-aid', '2026-06-10')],
      items: [item('anna', 'first-aid', 'enrolled')],
    });
    expect(booked?.planned).toBe(true);
    const [retired] = needs({ certificates: [cert('anna', 'excel-old', '2026-06-10')] });
    expect(retired).toMatchObject({ reason: 'certificateExpiring', suggested: [], planned: false });
  });

  it('leaves out the certificates of people who left', () => {
    expect(needs({ certificates: [cert('cleo', 'first-aid', '2026-01-01')] })).toEqual([]);
  });
});

describe('order', () => {
  it('puts expired certificates first, then gaps, then expiring certificates, in input order within', () => {
    const result = needs({
      issues: [below('calls', 'ben', 0, 2), below('quotes', 'anna', 1, 2)],
      certificates: [
        cert('anna', 'first-aid', '2026-06-15'),
        cert('ben', 'first-aid', '2026-05-01'),
        cert('anna', 'excel-a', '2026-06-10'),
        cert('anna', 'excel-b', '2026-04-01'),
      ],
    });
    expect(result.map((n) => n.key)).toEqual([
      'cert:ben:first-aid',
      'cert:anna:excel-b',
      'gap:ben:German',
      'gap:anna:Excel',
      'cert:anna:first-aid',
      'cert:anna:excel-a',
    ]);
    expect(new Set(result.map((n) => n.key)).size).toBe(result.length);
  });
});
