import type { CourseLike, SkillLevel } from './types';

// How far a person is from the role their career plan aims at: the skills they are short of, one
// readiness figure for the plan's header, and the courses that would close each gap.

export interface CareerGap {
  skill: string;
  have: number;
  need: number;
  /** need − have, always more than 0. */
  short: number;
}

const levels = (skills: readonly SkillLevel[]) => new Map(skills.map((s) => [s.skill, s.level]));

/** The required skills the person is short of, in the plan's order (a skill they lack counts as level 0). */
export function careerGap(required: readonly SkillLevel[], skills: readonly SkillLevel[]): CareerGap[] {
  const have = levels(skills);
  return required.flatMap((r) => {
    const level = have.get(r.skill) ?? 0;
    return level < r.level ? [{ skill: r.skill, have: level, need: r.level, short: r.level - level }] : [];
  });
}

/**
 * 0–100: the share of the required levels the person has, a level above the need counting only up to
 * it (a 4 in one skill does not make up for a 0 in another). 100 when the plan requires nothing.
 */
export function readiness(required: readonly SkillLevel[], skills: readonly SkillLevel[]): number {
  const have = levels(skills);
  let needed = 0;
  let met = 0;
  for (const r of required) {
    needed += r.level;
    met += Math.min(have.get(r.skill) ?? 0, r.level);
  }
  return needed === 0 ? 100 : Math.round((100 * met) / needed);
}

const levelOf = (course: CourseLike, skill: string) =>
  course.skills.find((s) => s.skill === skill)?.level ?? 0;
const usable = (course: CourseLike) => course.active && !course.deleted;

/**
 * The active courses that bring `skill` to at least `level`, best fit first: the lowest level that is
 * enough (no one is sent to the expert course when the intermediate one will do), then by title.
 */
export function coursesReaching(skill: string, level: number, courses: readonly CourseLike[]): CourseLike[] {
  return courses
    .filter((c) => usable(c) && levelOf(c, skill) >= level && levelOf(c, skill) > 0)
    .sort(
      (a, b) =>
        levelOf(a, skill) - levelOf(b, skill) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
    );
}

/**
 * For each gap, the active courses that raise the skill: those reaching the need (best fit first), or,
 * when none does, those giving the highest level short of it that is still above what the person has (a
 * step on the way). An empty list when no course teaches the skill: the plan needs another way there.
 */
export function suggestedCourses(
  gap: readonly CareerGap[],
  courses: readonly CourseLike[],
): { skill: string; courseIds: string[] }[] {
  return gap.map((g) => {
    const reaching = coursesReaching(g.skill, g.need, courses);
    if (reaching.length > 0) return { skill: g.skill, courseIds: reaching.map((c) => c.id) };
    const raising = courses.filter((c) => usable(c) && levelOf(c, g.skill) > g.have);
    const best = Math.max(0, ...raising.map((c) => levelOf(c, g.skill)));
    const courseIds = raising
      .filter((c) => levelOf(c, g.skill) === best)
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
      .map((c) => c.id);
    return { skill: g.skill, courseIds };
  });
}
