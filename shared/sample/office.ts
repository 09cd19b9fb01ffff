import type { AbsenceInput } from '../schema/absence';
import type { CustomerInput } from '../schema/customer';
import type { DutyInput } from '../schema/duty';
import type { GoalCheckInInput, GoalInput } from '../schema/goal';
import type { ProductInput } from '../schema/product';
import type { SkillChangeInput } from '../schema/skill-change';
import type { StaffInput } from '../schema/staff';
import type {
  CareerPlanInput,
  CourseInput,
  TrainingItemInput,
  TrainingSessionInput,
  TrainingTemplateInput,
} from '../schema/training';
import { generateCustomers } from './customers';
import { generateDuties } from './duties';
import { generateGoals } from './goals';
import type { SampleLanguage } from './language';
import { generateProducts } from './products';
import { createRandom, deriveSeed } from './random';
import { generateReviews, type SampleReviews } from './reviews';
import { generateStaff } from './staff';
import { generateAbsences, generateSkillHistory, withSkills } from './team';
import { generateTraining } from './training';
import type { Sample } from './types';

export interface OfficeOptions {
  seed: number;
  /**
   * Mixed into every id (random.ts idMask): the content comes from `seed` alone, the ids from both. The
   * app passes a per-install key so two PCs never share a sample record's id; tests pass a fixed one.
   */
  idKey?: string;
  language: SampleLanguage;
  /** "Today" for the office: start dates and order history end here. */
  asOf: Date;
  customers?: number;
  products?: number;
  currency?: string;
}

/** A generated office: everything but orders, as entity inputs paired with the ids to store them under. */
export interface SampleOffice extends SampleReviews {
  seed: number;
  idKey: string | undefined;
  language: SampleLanguage;
  currency: string;
  asOf: Date;
  staff: Sample<StaffInput>[];
  duties: Sample<DutyInput>[];
  absences: Sample<AbsenceInput>[];
  skillChanges: Sample<SkillChangeInput>[];
  customers: Sample<CustomerInput>[];
  products: Sample<ProductInput>[];
  goals: Sample<GoalInput>[];
  goalCheckIns: Sample<GoalCheckInInput>[];
  courses: Sample<CourseInput>[];
  trainingTemplates: Sample<TrainingTemplateInput>[];
  trainingItems: Sample<TrainingItemInput>[];
  trainingSessions: Sample<TrainingSessionInput>[];
  careerPlans: Sample<CareerPlanInput>[];
}

export const defaultCustomerCount = 200;
export const defaultProductCount = 300;

/** Same options, same office: every draw comes from a PRNG seeded by `seed` (one stream per table), ids mixed with `idKey`. */
export function generateOffice(options: OfficeOptions): SampleOffice {
  const { seed, language, asOf } = options;
  const stream = (table: string) => createRandom(deriveSeed(seed, table), options.idKey);
  const people = generateStaff(stream('staff'), language, asOf);
  const duties = generateDuties(stream('duties'), language, people);
  const staff = withSkills(stream('skills'), people, duties);
  return {
    seed,
    idKey: options.idKey,
    language,
    currency: options.currency ?? 'CNY',
    asOf,
    staff,
    duties,
    absences: generateAbsences(stream('absences'), staff, asOf),
    skillChanges: generateSkillHistory(stream('skillChanges'), staff, asOf),
    customers: generateCustomers(stream('customers'), language, options.customers ?? defaultCustomerCount),
    products: generateProducts(stream('products'), language, options.products ?? defaultProductCount),
    ...generateGoals(stream('goals'), language, duties, asOf),
    ...generateTraining(stream('training'), language, staff, asOf),
    ...generateReviews(stream('reviews'), language, staff, asOf),
  };
}
