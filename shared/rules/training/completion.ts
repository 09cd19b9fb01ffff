import type { SkillLevel, TrainingItemStatus } from './types';

// What completing a training item does: the person's skills go up to the course's levels (never down:
// a senior who sits a basics course keeps their level), and a course that gives a certificate gives one
// valid for its months. Completing twice is refused, so a skill history is never written twice.

/** One skill a completion raises: from the person's level (null: they did not have it) to the course's. */
export interface SkillRaise {
  skill: string;
  from: number | null;
  to: number;
}

/** The skills a course raises for this person, in the course's order; those they already hold at its level or above are left out. */
export function skillRaises(
  person: { skills: readonly SkillLevel[] },
  course: { skills: readonly SkillLevel[] },
): SkillRaise[] {
  const have = new Map(person.skills.map((s) => [s.skill, s.level]));
  const raises: SkillRaise[] = [];
  for (const target of course.skills) {
    const from = have.get(target.skill) ?? null;
    if (from === null || from < target.level) raises.push({ skill: target.skill, from, to: target.level });
  }
  return raises;
}

/** The person's skills after the raises: raised levels in place, new skills at the end. */
export function applySkillRaises(skills: readonly SkillLevel[], raises: readonly SkillRaise[]): SkillLevel[] {
  const to = new Map(raises.map((r) => [r.skill, r.to]));
  const known = new Set(skills.map((s) => s.skill));
  return [
    ...skills.map((s) => ({ skill: s.skill, level: Math.max(s.level, to.get(s.skill) ?? s.level) })),
    ...raises.filter((r) => !known.has(r.skill)).map((r) => ({ skill: r.skill, level: r.to })),
  ];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The day a certificate from a completion on `completedOn` stops being valid: that many calendar months
 * later, on the same day of the month or the month's last day when it has fewer (2026-01-31 + 1 month is
 * 2026-02-28; 2028-01-31 + 1 month is 2028-02-29). Null when the course gives no certificate.
 */
export function certificateExpiry(completedOn: string, certificateMonths: number | null): string | null {
  if (certificateMonths === null) return null;
  const [y, m, d] = completedOn.split('-').map(Number) as [number, number, number];
  const months = m - 1 + certificateMonths;
  const year = y + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(Math.min(d, lastDay), 2)}`;
}

/** Why an item cannot be completed (a stable code the UI translates), or null when it can. */
export function completionProblem(item: { status: TrainingItemStatus }): 'training.alreadyCompleted' | null {
  return item.status === 'completed' ? 'training.alreadyCompleted' : null;
}
