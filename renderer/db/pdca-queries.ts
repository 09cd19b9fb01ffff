import {
  type DerivedMetric,
  isDerivedMetric,
  metricDefinitions,
  type Period,
  type Who,
} from '../../shared/insights/metrics';
import { earliestDay } from '../../shared/rules/local-date';
import { type CheckResult, checkResult } from '../../shared/rules/routines/pdca';
import type { Goal } from '../../shared/schema/goal';
import type { ActionItem } from '../../shared/schema/meeting';
import type { PdcaCycle } from '../../shared/schema/pdca';
import type { ProcessKind } from '../../shared/schema/sop';
import type { SalesDeskDb } from './database';
import { loadCheckIns, whoOf } from './goal-queries';
import { metricValues } from './insight-queries';
import { loadStaff } from './team-queries';

// What the PDCA screens read: the cycles (per process, newest first, with how far their tasks got) and one
// cycle whole — its tasks with their owners, its goal, and the Check figures: the metric over the period
// before and the period after, computed from the rollups by the metric engine (or, for a goal measured by
// hand, its last check-in in each period). Never typed in; "no data" is null, never NaN.

export interface PdcaRow {
  cycle: PdcaCycle;
  tasksDone: number;
  tasks: number;
}

/** Live cycles, optionally of one process, newest plan first. */
export async function loadPdcaList(db: SalesDeskDb, process: ProcessKind | null = null): Promise<PdcaRow[]> {
  const cycles = (await db.pdcaCycles.toArray())
    .filter((c) => !c.deleted && (process === null || c.process === process))
    .sort((a, b) => b.beforeFrom.localeCompare(a.beforeFrom) || a.title.localeCompare(b.title));
  // The cycles' tasks by the sourceId index: every meeting's action items are in the same table.
  const items =
    cycles.length === 0
      ? []
      : await db.actionItems
          .where('sourceId')
          .anyOf(cycles.map((c) => c.id))
          .filter((i) => i.source === 'pdca' && !i.deleted)
          .toArray();
  return cycles.map((cycle) => {
    const mine = items.filter((i) => i.sourceId === cycle.id && i.status !== 'cancelled');
    return { cycle, tasks: mine.length, tasksDone: mine.filter((i) => i.status === 'done').length };
  });
}

export interface PdcaCheck extends CheckResult {
  /** The figure measured: an engine metric, or the goal's own (by hand). */
  metric: DerivedMetric | 'manual' | null;
  /** The unit of a goal measured by hand. */
  manualUnit: string;
  target: number | null;
  better: 'higher' | 'lower';
  beforePeriod: Period;
  /** The period after as far as it has gone (to today), or null before it is set or starts. */
  afterPeriod: Period | null;
  /** The after period is still under way: its figure is so far. */
  afterSoFar: boolean;
}

export interface PdcaTask {
  item: ActionItem;
  ownerName: string | null;
}

export interface PdcaView {
  cycle: PdcaCycle;
  goal: Goal | null;
  tasks: PdcaTask[];
  check: PdcaCheck;
}

/** The last value checked in within a period, or null. */
async function checkedIn(db: SalesDeskDb, goalId: string, periods: readonly (Period | null)[]) {
  const checkIns = await loadCheckIns(db, goalId);
  return periods.map((p) => {
    if (p === null) return null;
    return checkIns.find((c) => c.value !== null && c.at >= p.from && c.at <= p.to)?.value ?? null;
  });
}

/** The Check figures of a cycle as of `today`. */
export async function pdcaCheck(db: SalesDeskDb, cycle: PdcaCycle, goal: Goal | null, today: string) {
  const beforePeriod = { from: cycle.beforeFrom, to: cycle.beforeTo };
  const afterPeriod =
    cycle.afterFrom !== null && cycle.afterTo !== null && cycle.afterFrom <= today
      ? { from: cycle.afterFrom, to: earliestDay(cycle.afterTo, today) }
      : null;
  const afterSoFar = afterPeriod !== null && cycle.afterTo !== null && cycle.afterTo >= today;
  // The cycle's own metric first; else its goal's, with the goal's target, direction and whose figures.
  const metric = cycle.metric ?? (goal ? (isDerivedMetric(goal.metric) ? goal.metric : 'manual') : null);
  const fromGoal = cycle.metric === null && goal !== null;
  const who: Who = fromGoal && goal ? whoOf(goal) : { kind: 'team' };
  const target = cycle.target ?? (fromGoal && goal ? goal.target : null);
  const better: 'higher' | 'lower' =
    metric !== null && metric !== 'manual'
      ? metricDefinitions[metric].better
      : goal?.direction === 'decrease'
        ? 'lower'
        : 'higher';
  let values: (number | null)[] = [null, null];
  if (metric === 'manual' && goal) values = await checkedIn(db, goal.id, [beforePeriod, afterPeriod]);
  // The backlog is a figure of now, kept for no past period: before and after cannot be told apart.
  else if (metric !== null && metric !== 'manual' && metric !== 'backlog') {
    const periods = afterPeriod ? [beforePeriod, afterPeriod] : [beforePeriod];
    const [before = null, after = null] = await metricValues(db, metric, periods, who);
    values = [before, after];
  }
  const [before = null, after = null] = values;
  return {
    ...checkResult(before, after, target, better),
    metric,
    manualUnit: goal?.manualUnit ?? '',
    target,
    better,
    beforePeriod,
    afterPeriod,
    afterSoFar,
  } satisfies PdcaCheck;
}

/** One cycle whole, as of `today`; null when it is gone. */
export async function loadPdcaView(db: SalesDeskDb, id: string, today: string): Promise<PdcaView | null> {
  const cycle = await db.pdcaCycles.get(id);
  if (!cycle || cycle.deleted) return null;
  const [goalRecord, items, staff] = await Promise.all([
    cycle.goalId ? db.goals.get(cycle.goalId) : Promise.resolve(undefined),
    db.actionItems.where('sourceId').equals(id).toArray(),
    loadStaff(db),
  ]);
  const goal = goalRecord && !goalRecord.deleted ? goalRecord : null;
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const tasks = items
    .filter((i) => !i.deleted && i.source === 'pdca')
    .sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title))
    .map((item) => ({ item, ownerName: names.get(item.ownerId) ?? null }));
  return { cycle, goal, tasks, check: await pdcaCheck(db, cycle, goal, today) };
}

/** What the plan form and the Act step choose from: live goals, and documents with their versions. */
export async function loadPdcaChoices(db: SalesDeskDb) {
  const [goals, sops, versions] = await Promise.all([
    db.goals.toArray(),
    db.sops.toArray(),
    db.sopVersions.toArray(),
  ]);
  return {
    goals: goals.filter((g) => !g.deleted).sort((a, b) => a.title.localeCompare(b.title)),
    sops: sops
      .filter((s) => !s.deleted)
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((sop) => ({
        sop,
        versions: [
          ...new Set(versions.filter((v) => v.sopId === sop.id && !v.deleted).map((v) => v.version)),
        ].sort((a, b) => b - a),
      })),
  };
}
