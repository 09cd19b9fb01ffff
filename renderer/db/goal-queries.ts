import {
  daysIn,
  isDerivedMetric,
  type Period,
  periodsBefore,
  type Who,
  weeksOf,
} from '../../shared/insights/metrics';
import {
  expectedLine,
  type GoalNode,
  type GoalProgress,
  goalProgress,
  goalTree,
  rolledProgress,
} from '../../shared/rules/goals';
import { earliestDay } from '../../shared/rules/local-date';
import type { Goal, GoalCheckIn } from '../../shared/schema/goal';
import type { SalesDeskDb } from './database';
import { metricValues, openNow } from './insight-queries';

// A goal's figures, computed — never typed in: its actual from the metric engine over the goal's period so
// far (or the latest check-in, for a metric measured by hand), its pacing against the straight line from
// baseline to target, and the baseline and best of the periods before it.

type GoalMeasure = Pick<Goal, 'metric' | 'scope' | 'ownerId'>;

export const whoOf = (goal: GoalMeasure): Who =>
  goal.scope === 'person' && goal.ownerId ? { kind: 'person', id: goal.ownerId } : { kind: 'team' };

/** Check-ins of a goal, newest first: by day, then (two on one day, a correction) by when entered. */
export const loadCheckIns = async (db: SalesDeskDb, goalId: string): Promise<GoalCheckIn[]> =>
  (await db.goalCheckIns.where('[goalId+at]').between([goalId, ''], [goalId, '\uffff']).toArray())
    .filter((c) => !c.deleted)
    .sort((a, b) => b.at.localeCompare(a.at) || b.createdAt.localeCompare(a.createdAt));

/** The last value checked in up to `to` (and not before `from`), or null. */
function lastValue(checkIns: readonly GoalCheckIn[], from: string, to: string): number | null {
  for (const c of checkIns) if (c.value !== null && c.at <= to && c.at >= from) return c.value;
  return null;
}

/** The goal's metric over its period so far; null before it starts or with nothing to measure. */
export async function goalActual(db: SalesDeskDb, goal: Goal, today: string): Promise<number | null> {
  if (today < goal.start) return null;
  const to = earliestDay(today, goal.due);
  if (!isDerivedMetric(goal.metric)) return lastValue(await loadCheckIns(db, goal.id), goal.start, to);
  const [value] = await metricValues(db, goal.metric, [{ from: goal.start, to }], whoOf(goal));
  return value ?? null;
}

export interface GoalHistoryFigures {
  /** The metric over the period just before the start, as long as the goal's own. */
  baseline: number | null;
  /** The best and worst of the last four such periods, in the goal's direction. */
  best: number | null;
  worst: number | null;
  baselinePeriod: Period;
}

/** What history says of a goal's metric before its start: its baseline and how far it has ever got. */
export async function goalHistory(
  db: SalesDeskDb,
  goal: GoalMeasure & Pick<Goal, 'start' | 'due' | 'direction'>,
): Promise<GoalHistoryFigures> {
  const days = Math.max(1, daysIn({ from: goal.start, to: goal.due }));
  const periods = periodsBefore(goal.start, days, 4);
  const baselinePeriod = periods[periods.length - 1] as Period;
  if (!isDerivedMetric(goal.metric)) return { baseline: null, best: null, worst: null, baselinePeriod };
  // The backlog is a figure of now, not of a past period: its baseline is where it stands today.
  if (goal.metric === 'backlog')
    return { baseline: await openNow(db, whoOf(goal)), best: null, worst: null, baselinePeriod };
  const values = await metricValues(db, goal.metric, periods, whoOf(goal));
  const known = values.filter((v): v is number => v !== null);
  const high = known.length > 0 ? Math.max(...known) : null;
  const low = known.length > 0 ? Math.min(...known) : null;
  const increase = goal.direction === 'increase';
  return {
    baseline: values[values.length - 1] ?? null,
    best: increase ? high : low,
    worst: increase ? low : high,
    baselinePeriod,
  };
}

export interface GoalFigures {
  actual: number | null;
  progress: GoalProgress;
  /** Its own progress and its sub-goals', averaged (shared/rules/goals/tree.ts). */
  rolled: number | null;
}

export interface GoalBoard {
  roots: GoalNode<Goal>[];
  figures: ReadonlyMap<string, GoalFigures>;
}

/** Every live goal in its tree, with its actual, pacing and rolled-up progress as of `today`. */
export async function loadGoalBoard(db: SalesDeskDb, today: string): Promise<GoalBoard> {
  const goals = (await db.goals.toArray()).filter((g) => !g.deleted);
  const actuals = await Promise.all(goals.map((g) => goalActual(db, g, today)));
  const own = new Map(goals.map((g, i) => [g.id, goalProgress(g, actuals[i] ?? null, today)]));
  const roots = goalTree(goals);
  const figures = new Map<string, GoalFigures>();
  const visit = (node: GoalNode<Goal>) => {
    const progress = own.get(node.goal.id) as GoalProgress;
    figures.set(node.goal.id, {
      actual: actuals[goals.indexOf(node.goal)] ?? null,
      progress,
      rolled: rolledProgress(node, (g) => own.get(g.id)?.progress ?? null),
    });
    for (const child of node.children) visit(child);
  };
  for (const root of roots) visit(root);
  return { roots, figures };
}

export interface GoalPoint {
  /** The last day of the week the point stands for. */
  date: string;
  actual: number | null;
  /** Where the straight line from baseline to target is that day. */
  expected: number | null;
}

/** Week by week over the goal's period: the metric in each week so far, against the target line. */
export async function goalSeries(db: SalesDeskDb, goal: Goal, today: string): Promise<GoalPoint[]> {
  const weeks = weeksOf({ from: goal.start, to: goal.due });
  const expected = expectedLine(
    goal,
    weeks.map((w) => w.to),
  );
  const past = weeks
    .filter((w) => w.from <= today)
    .map((w) => ({ from: w.from, to: earliestDay(w.to, today) }));
  let actual: (number | null)[];
  if (goal.metric === 'backlog') {
    // Only today's backlog is known (no history of it is kept): the week of today shows it.
    const now = await openNow(db, whoOf(goal));
    actual = past.map((_, i) => (i === past.length - 1 ? now : null));
  } else if (isDerivedMetric(goal.metric)) {
    actual = await metricValues(db, goal.metric, past, whoOf(goal));
  } else {
    const checkIns = await loadCheckIns(db, goal.id);
    actual = past.map((w) => lastValue(checkIns, goal.start, w.to));
  }
  return weeks.map((w, i) => ({ date: w.to, actual: actual[i] ?? null, expected: expected[i] ?? null }));
}
