import type { AbsenceInput } from '../schema/absence';
import type { DutyInput } from '../schema/duty';
import type { SkillChangeInput } from '../schema/skill-change';
import type { StaffInput } from '../schema/staff';
import { DAY, localDay, localIsoDate } from './dates';
import type { Random } from './random';
import type { Sample } from './types';

// The sample office's skills and absences, derived from who holds which duty, so its duty matrix looks
// like a real office's: mostly sound, with a few gaps for the coverage checks to find.

const baseLevel: Record<StaffInput['level'], number> = { new: 1, experienced: 2, senior: 3 };

/** Each person gets the skills of the duties they hold: their level's base, sometimes one more. */
export function withSkills(
  random: Random,
  staff: readonly Sample<StaffInput>[],
  duties: readonly Sample<DutyInput>[],
): Sample<StaffInput>[] {
  return staff.map((member) => {
    const skills = new Map<string, number>();
    for (const { input } of duties) {
      const holds = input.primaryId === member.id || (input.backupIds ?? []).includes(member.id);
      if (!holds || !input.requiredSkill || skills.has(input.requiredSkill)) continue;
      skills.set(input.requiredSkill, Math.min(4, baseLevel[member.input.level] + random.int(0, 1)));
    }
    return {
      ...member,
      input: { ...member.input, skills: [...skills].map(([skill, level]) => ({ skill, level })) },
    };
  });
}

/**
 * Who is away: the person on leave (for a month around today), one training course next month, and a
 * past sick leave.
 */
export function generateAbsences(
  random: Random,
  staff: readonly Sample<StaffInput>[],
  asOf: Date,
): Sample<AbsenceInput>[] {
  const absences: Sample<AbsenceInput>[] = [];
  for (const member of staff) {
    if (member.input.status === 'on_leave')
      absences.push({
        id: random.uuid(),
        input: {
          staffId: member.id,
          kind: 'leave',
          from: localIsoDate(localDay(asOf, -14)),
          to: localIsoDate(localDay(asOf, 16)),
        },
      });
  }
  // Three weeks ago someone was off sick: shared as "away", the reason kept in a confidential absence
  // detail (routines.ts).
  const ill = staff.find((s) => s.input.level === 'experienced' && s.input.status === 'active');
  const trainee = staff.find((s) => s.input.level === 'new' && s.input.status === 'active');
  if (trainee) {
    const start = 30 + random.int(0, 5);
    absences.push({
      id: random.uuid(),
      input: {
        staffId: trainee.id,
        kind: 'training',
        from: localIsoDate(localDay(asOf, start)),
        to: localIsoDate(localDay(asOf, start + 2)),
      },
    });
  }
  if (ill)
    absences.push({
      id: random.uuid(),
      input: {
        staffId: ill.id,
        kind: 'away',
        from: localIsoDate(localDay(asOf, -21)),
        to: localIsoDate(localDay(asOf, -20)),
      },
    });
  return absences;
}

/** Each sample skill's first entry in the history: set at the person's first review after starting. */
export function generateSkillHistory(
  random: Random,
  staff: readonly Sample<StaffInput>[],
  asOf: Date,
): Sample<SkillChangeInput>[] {
  return staff.flatMap((member) => {
    const started = Date.parse(`${member.input.startDate}T09:00:00`);
    const at = new Date(Math.min(asOf.getTime(), started + 30 * DAY)).toISOString();
    return (member.input.skills ?? []).map(({ skill, level }) => ({
      id: random.uuid(),
      input: { staffId: member.id, skill, from: null, to: level, reason: 'review' as const, at },
    }));
  });
}
