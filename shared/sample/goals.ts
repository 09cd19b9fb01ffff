import type { DutyInput } from '../schema/duty';
import type { GoalCheckInInput, GoalInput } from '../schema/goal';
import { DAY, localIsoDate } from './dates';
import { type SampleLanguage, say } from './language';
import type { Random } from './random';
import type { Sample } from './types';

// The sample office's goals for the quarter it is in: a team goal on the order desk's on-time rate (its
// figures come from the orders), a personal goal under it, and customer satisfaction measured by hand
// with a few check-ins — so the goals area and the dashboard's pacing show something from the start.

export interface SampleGoals {
  goals: Sample<GoalInput>[];
  goalCheckIns: Sample<GoalCheckInInput>[];
}

function quarterOf(asOf: Date) {
  const first = Math.floor(asOf.getMonth() / 3) * 3;
  return {
    start: localIsoDate(new Date(asOf.getFullYear(), first, 1)),
    due: localIsoDate(new Date(asOf.getFullYear(), first + 3, 0)),
  };
}

export function generateGoals(
  random: Random,
  language: SampleLanguage,
  duties: readonly Sample<DutyInput>[],
  asOf: Date,
): SampleGoals {
  const [orders, queries] = duties;
  if (!orders || !queries) return { goals: [], goalCheckIns: [] };
  const quarter = quarterOf(asOf);
  const team: Sample<GoalInput> = {
    id: random.uuid(),
    input: {
      title: say(
        { zh: '本季度订单准时率提高到 95%', en: 'Raise the on-time rate to 95% this quarter' },
        language,
      ),
      description: say(
        {
          zh: '更多订单在服务时限内发货，客户少催单',
          en: 'More orders ship within the SLA, so customers chase us less',
        },
        language,
      ),
      metric: 'onTimeRate',
      manualUnit: '',
      scope: 'team',
      ownerId: orders.input.primaryId ?? null,
      baseline: 85,
      target: 95,
      direction: 'increase',
      parentId: null,
      dutyId: orders.id,
      term: 'quarterly',
      ...quarter,
    },
  };
  const personal: Sample<GoalInput> = {
    id: random.uuid(),
    input: {
      title: say({ zh: '平均每天完成 1 张订单', en: 'Complete one order a day on average' }, language),
      description: say(
        { zh: '稳定处理量，支撑团队准时率目标', en: 'A steady pace that carries the team’s on-time goal' },
        language,
      ),
      metric: 'completedPerDay',
      manualUnit: '',
      scope: 'person',
      ownerId: orders.input.backupIds?.[0] ?? orders.input.primaryId ?? null,
      baseline: 0.6,
      target: 1,
      direction: 'increase',
      parentId: team.id,
      dutyId: null,
      term: 'quarterly',
      ...quarter,
    },
  };
  const satisfaction: Sample<GoalInput> = {
    id: random.uuid(),
    input: {
      title: say({ zh: '客户满意度达到 4.5 分', en: 'Customer satisfaction at 4.5 of 5' }, language),
      description: say(
        { zh: '每月回访客户，满分 5 分', en: 'Monthly follow-up calls, scored out of 5' },
        language,
      ),
      metric: 'manual',
      manualUnit: say({ zh: '分（满分 5）', en: 'points of 5' }, language),
      scope: 'team',
      ownerId: queries.input.primaryId ?? null,
      baseline: 4.1,
      target: 4.5,
      direction: 'increase',
      parentId: null,
      dutyId: queries.id,
      term: 'quarterly',
      ...quarter,
    },
  };
  const today = localIsoDate(asOf);
  const goalCheckIns: Sample<GoalCheckInInput>[] = [];
  let value = 4.1;
  const startMs = new Date(`${quarter.start}T12:00:00`).getTime();
  // Every three weeks from the quarter's second week, up to yesterday.
  for (let day = 14; ; day += 21) {
    const at = localIsoDate(new Date(startMs + day * DAY));
    if (at >= today) break;
    value = Math.round((value + 0.05 + random.next() * 0.1) * 100) / 100;
    goalCheckIns.push({
      id: random.uuid(),
      input: {
        goalId: satisfaction.id,
        at,
        value,
        comment: say({ zh: '回访 20 位客户', en: 'Called 20 customers' }, language),
      },
    });
  }
  return { goals: [team, personal, satisfaction], goalCheckIns };
}
