import { z } from 'zod';
import { moneySchema } from '../../shared/schema/envelope';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';
import type { DataSession } from './session';

// Each year's reward budget (minor units of the office currency), which the Rewards tab sets the year's
// rewards against. Kept in this machine's meta table, one key per year, beside the training budget.

const keyOf = (year: number) => `rewardBudget:${year}`;
const budgetSchema = moneySchema.min(0, 'must not be negative').nullable();

/** The year's budget, or null when none is set (or what is stored no longer parses). */
export async function loadRewardBudget(db: SalesDeskDb, year: number): Promise<number | null> {
  const parsed = budgetSchema.safeParse((await db.meta.get(keyOf(year)))?.value ?? null);
  return parsed.success ? parsed.data : null;
}

/** Refuses a negative or oversized amount with the field named; null clears the year's budget. */
export async function saveRewardBudget(
  session: Pick<DataSession, 'db'>,
  year: number,
  amount: number | null,
): Promise<number | null> {
  const valid = validate('rewardBudget', z.object({ budget: budgetSchema }), { budget: amount }).budget;
  await session.db.meta.put({ key: keyOf(year), value: valid });
  return valid;
}
