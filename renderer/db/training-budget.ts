import { z } from 'zod';
import { moneySchema } from '../../shared/schema/envelope';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';

// The year's training budget (minor units of the office currency), which the training overview sets the
// year's cost against. Kept in this machine's meta table beside the office settings, under its own key, so
// saving the working-time form never touches it (nor the other way round).

const KEY = 'trainingBudget';
const budgetSchema = moneySchema.min(0, 'must not be negative').nullable();

/** The budget, or null when none is set (or what is stored no longer parses). */
export async function loadTrainingBudget(db: SalesDeskDb): Promise<number | null> {
  const parsed = budgetSchema.safeParse((await db.meta.get(KEY))?.value ?? null);
  return parsed.success ? parsed.data : null;
}

/** Refuses a negative or oversized amount with the field named; null clears the budget. */
export async function saveTrainingBudget(db: SalesDeskDb, budget: number | null) {
  const valid = validate('trainingBudget', z.object({ budget: budgetSchema }), { budget }).budget;
  await db.meta.put({ key: KEY, value: valid });
  return valid;
}
