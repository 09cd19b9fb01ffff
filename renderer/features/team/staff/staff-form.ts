import { localIsoDate } from '../../../../shared/rules/local-date';
import { optionalEmail } from '../../../../shared/schema/envelope';
import { skillChangeFields, skillLevel } from '../../../../shared/schema/skill-change';
import { type Staff, type StaffInput, staffFields } from '../../../../shared/schema/staff';

// The team-member form checks a person with the staff schema (and an e-mail's shape), skills left out: they change one at a time,
// each with its reason, through the skill form (its schema: the skill-history entry's own fields).

export const staffFormSchema = staffFields.omit({ skills: true }).extend({ email: optionalEmail() });

export type StaffFormValues = Required<Omit<StaffInput, 'skills'>> & Record<string, unknown>;

/** What the form shows: the person as stored, or a new experienced-to-be member starting today. */
export const staffFormValues = (person: Staff | null, today = new Date()): StaffFormValues => ({
  name: person?.name ?? '',
  role: person?.role ?? '',
  level: person?.level ?? 'new',
  startDate: person?.startDate ?? localIsoDate(today),
  email: person?.email ?? '',
  phone: person?.phone ?? '',
  weeklyCapacityHours: person?.weeklyCapacityHours ?? 40,
  status: person?.status ?? 'active',
  handlesOrders: person?.handlesOrders ?? false,
  notes: person?.notes ?? '',
});

/** Setting a skill: its name, the new level (a level is required here; removing is its own button). */
export const skillFormSchema = skillChangeFields.pick({ skill: true, reason: true, note: true }).extend({
  to: skillLevel,
});

export interface SkillFormValues extends Record<string, unknown> {
  skill: string;
  /** NumberInput gives '' while empty. */
  to: number | string;
  reason: (typeof skillChangeFields.shape.reason.options)[number];
  note: string;
}

export const emptySkillValues = (): SkillFormValues => ({ skill: '', to: 2, reason: 'manual', note: '' });
