// The shapes the training rules read. Structural (a subset of the records in shared/schema/training.ts
// and staff.ts) so a test builds one in a line and a record passes as it is.

/** The status of a training item, as the schema lists them. */
export type TrainingItemStatus = 'planned' | 'enrolled' | 'in_progress' | 'completed' | 'missed';

/** A skill and its level (0–4 for a person, 1–4 for what a course gives). */
export interface SkillLevel {
  skill: string;
  level: number;
}

/** The fields of a training item the rules read. Deleted (soft-deleted) items are ignored everywhere. */
export interface TrainingItemLike {
  id: string;
  staffId: string;
  courseId: string;
  due: string;
  status: TrainingItemStatus;
  completedOn: string | null;
  certificateExpires: string | null;
  /** False: taken and not passed (no certificate given, none taken away). */
  passed?: boolean | null;
  deleted?: boolean;
}

/** The fields of a course the rules read. */
export interface CourseLike {
  id: string;
  title: string;
  skills: readonly SkillLevel[];
  active: boolean;
  deleted?: boolean;
}

/** Items still to be done: a person with one of these for a course has it planned. */
export const OPEN_STATUSES: readonly TrainingItemStatus[] = ['planned', 'enrolled', 'in_progress'];
