import {
  type CareerGap,
  careerGap,
  OPEN_STATUSES,
  readiness,
  suggestedCourses,
} from '../../../../shared/rules/training';
import type { CareerPlan } from '../../../../shared/schema/training';
import type { CareerView } from '../../../db/training-needs-queries';

// What a career plan shows beside what was typed into it: the person's gap to the role, their readiness,
// the courses that would close each gap, and the next milestone still open.

export interface PlanFigures {
  name: string | undefined;
  gap: CareerGap[];
  /** 0–100. */
  readiness: number;
  /** Per gap, in its order: the suggested courses, each with whether the person already has it open. */
  suggestions: { skill: string; courses: { id: string; planned: boolean }[] }[];
}

export function planFigures(plan: CareerPlan, view: CareerView): PlanFigures {
  const person = view.staff.find((s) => s.id === plan.staffId);
  const skills = person?.skills ?? [];
  const gap = careerGap(plan.requiredSkills, skills);
  const open = new Set(
    view.items
      .filter((i) => i.staffId === plan.staffId && OPEN_STATUSES.includes(i.status))
      .map((i) => i.courseId),
  );
  return {
    name: person?.name,
    gap,
    readiness: readiness(plan.requiredSkills, skills),
    suggestions: suggestedCourses(gap, view.courses).map((s) => ({
      skill: s.skill,
      courses: s.courseIds.map((id) => ({ id, planned: open.has(id) })),
    })),
  };
}

/** The milestone to reach next: the open one due soonest (null when none is open). */
export function nextMilestone(plan: CareerPlan): CareerPlan['milestones'][number] | null {
  return (
    plan.milestones
      .filter((m) => !m.done)
      .sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title))[0] ?? null
  );
}
