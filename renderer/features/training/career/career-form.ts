import type { CareerPlan } from '../../../../shared/schema/training';

// The career plan form checks a plan with the career plan schema (a target role, skills named once each at
// level 1–4, milestones with a title and a real day); each row of its lists has a key of its own so React
// keeps a row's inputs when one above it is removed.

export interface SkillRow {
  key: string;
  skill: string;
  /** NumberInput gives '' while empty. */
  level: number | string;
}

export interface MilestoneRow {
  key: string;
  title: string;
  due: string;
  done: boolean;
}

export interface CareerFormValues extends Record<string, unknown> {
  staffId: string | null;
  targetRole: string;
  requiredSkills: SkillRow[];
  milestones: MilestoneRow[];
  notes: string;
}

const key = () => crypto.randomUUID();

export const emptySkillRow = (): SkillRow => ({ key: key(), skill: '', level: 2 });
export const emptyMilestoneRow = (due: string): MilestoneRow => ({ key: key(), title: '', due, done: false });

/** What the form opens with: the plan being edited, or a new one with one empty skill row. */
export function careerFormValues(plan: CareerPlan | null): CareerFormValues {
  if (!plan)
    return { staffId: null, targetRole: '', requiredSkills: [emptySkillRow()], milestones: [], notes: '' };
  return {
    staffId: plan.staffId,
    targetRole: plan.targetRole,
    requiredSkills: plan.requiredSkills.map((s) => ({ key: key(), skill: s.skill, level: s.level })),
    milestones: plan.milestones.map((m) => ({ key: key(), title: m.title, due: m.due, done: m.done })),
    notes: plan.notes,
  };
}

/**
 * The values as the schema reads them: no person chosen is an empty choice, a level left empty is no
 * number (refused on its field), and skill rows left without a name at the end of the list are no rows
 * (added, not used). Only trailing ones: the rows before keep their places, so a message lands on its row.
 */
export function careerInputOf(values: CareerFormValues) {
  const used = values.requiredSkills.findLastIndex((s) => s.skill.trim() !== '');
  return {
    staffId: values.staffId ?? '',
    targetRole: values.targetRole,
    requiredSkills: values.requiredSkills.slice(0, used + 1).map((s) => ({
      skill: s.skill,
      level: s.level === '' ? Number.NaN : Number(s.level),
    })),
    milestones: values.milestones.map((m) => ({ title: m.title, due: m.due, done: m.done })),
    notes: values.notes,
  };
}
