import type { CoverageIssue } from '../coverage';
import { coursesReaching } from './career';
import { type CertificateStatus, certificateState } from './certificates';
import { type CourseLike, OPEN_STATUSES, type SkillLevel, type TrainingItemLike } from './types';

// The training needs list: what people should learn next and why. A person below the level a duty of
// theirs needs (the duty matrix's skill_below check) has a skill gap; a certificate that lapses soon or
// has lapsed needs renewing; a duty that requires a certificate the person never had needs its course.
// Each need names the courses that would meet it and whether one is booked.

export type NeedReason = 'skillGap' | 'certificateRequired' | 'certificateExpiring' | 'certificateExpired';

export interface TrainingNeed {
  /** Stable across recomputations: for React keys and to tell one need from another. */
  key: string;
  staffId: string;
  reason: NeedReason;
  /** A skill gap: the skill, the level needed, and a duty that needs it at that level. */
  skill?: string;
  level?: number;
  dutyId?: string;
  /** A certificate: its course and the day it expires. */
  courseId?: string;
  expires?: string;
  /** Course ids, best first; empty when no active course meets the need. */
  suggested: string[];
  /** The person already has an open (planned, enrolled, in progress) item for a suggested course. */
  planned: boolean;
}

export interface NeedsInput {
  issues: readonly CoverageIssue[];
  duties: readonly { id: string; requiredSkill?: string | null; requiredLevel: number }[];
  staff: readonly { id: string; skills: readonly SkillLevel[]; status: 'active' | 'on_leave' | 'left' }[];
  courses: readonly CourseLike[];
  items: readonly TrainingItemLike[];
  /** As certificateStates gives them (only each person's latest certificate per course). */
  certificates: readonly CertificateStatus[];
  today: string;
}

const ORDER: Record<NeedReason, number> = {
  certificateExpired: 0,
  certificateRequired: 1,
  skillGap: 2,
  certificateExpiring: 3,
};

/**
 * Every training need: expired certificates first (the person may not be doing the work now), then skill
 * gaps, then certificates expiring within RENEWAL_WINDOW_DAYS; within each, in the order of the input.
 * One gap per person and skill, at the highest level any of their duties needs. People who left have none.
 */
export function trainingNeeds(input: NeedsInput): TrainingNeed[] {
  const staff = new Map(input.staff.filter((s) => s.status !== 'left').map((s) => [s.id, s]));
  const duties = new Map(input.duties.map((d) => [d.id, d]));
  const open = new Set(
    input.items
      .filter((i) => !i.deleted && OPEN_STATUSES.includes(i.status))
      .map((i) => `${i.staffId}\u0000${i.courseId}`),
  );
  const planned = (staffId: string, courseIds: readonly string[]) =>
    courseIds.some((id) => open.has(`${staffId}\u0000${id}`));

  const gaps = new Map<string, { staffId: string; skill: string; level: number; dutyId: string }>();
  for (const issue of input.issues) {
    if (issue.kind !== 'skill_below') continue;
    const person = staff.get(issue.staffId);
    const skill = duties.get(issue.dutyId)?.requiredSkill;
    if (!person || !skill) continue;
    // The issues may predate a completion that has since brought the person to the level.
    if ((person.skills.find((s) => s.skill === skill)?.level ?? 0) >= issue.required) continue;
    const key = `gap:${issue.staffId}:${skill}`;
    const seen = gaps.get(key);
    if (!seen || issue.required > seen.level)
      gaps.set(key, { staffId: issue.staffId, skill, level: issue.required, dutyId: issue.dutyId });
  }

  const needs: TrainingNeed[] = [];
  for (const [key, gap] of gaps) {
    const suggested = coursesReaching(gap.skill, gap.level, input.courses).map((c) => c.id);
    needs.push({ key, reason: 'skillGap', ...gap, suggested, planned: planned(gap.staffId, suggested) });
  }

  const active = new Set(input.courses.filter((c) => c.active && !c.deleted).map((c) => c.id));
  for (const cert of input.certificates) {
    if (!staff.has(cert.staffId)) continue;
    const state = certificateState(cert.expires, input.today);
    if (state === 'valid') continue;
    // Renewal is the same course, while it is still given.
    const suggested = active.has(cert.courseId) ? [cert.courseId] : [];
    needs.push({
      key: `cert:${cert.staffId}:${cert.courseId}`,
      staffId: cert.staffId,
      reason: state === 'expired' ? 'certificateExpired' : 'certificateExpiring',
      courseId: cert.courseId,
      expires: cert.expires,
      suggested,
      planned: planned(cert.staffId, suggested),
    });
  }
  // A duty needs a certificate the person never had (an expired one is a renewal, above).
  for (const issue of input.issues) {
    if (issue.kind !== 'certificate_missing' || issue.expired !== null || !staff.has(issue.staffId)) continue;
    const key = `required:${issue.staffId}:${issue.courseId}`;
    if (needs.some((n) => n.key === key)) continue;
    const suggested = active.has(issue.courseId) ? [issue.courseId] : [];
    needs.push({
      key,
      staffId: issue.staffId,
      reason: 'certificateRequired',
      courseId: issue.courseId,
      dutyId: issue.dutyId,
      suggested,
      planned: planned(issue.staffId, suggested),
    });
  }
  return needs.sort((a, b) => ORDER[a.reason] - ORDER[b.reason]);
}
