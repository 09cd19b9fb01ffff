import type { PdcaPhase } from '../../schema/pdca';
import { pdcaPhases } from '../../schema/pdca';

// The rules of a PDCA cycle: its phases go one way (plan → do → check → act → closed), each step forward
// only once the phase it leaves has done its part, and the Check step's verdict is worked out from the
// metric before and after, in the metric's better direction — never typed in.

/** The phase after `phase`, or null once closed. */
export function nextPhase(phase: PdcaPhase): PdcaPhase | null {
  const at = pdcaPhases.indexOf(phase);
  return pdcaPhases[at + 1] ?? null;
}

/** Whether `phase` has been reached by a cycle in `current` (plan is reached by every cycle). */
export const reached = (current: PdcaPhase, phase: PdcaPhase) =>
  pdcaPhases.indexOf(current) >= pdcaPhases.indexOf(phase);

export type AdvanceProblem =
  | 'pdca.noTasks'
  | 'pdca.tasksOpen'
  | 'pdca.noAfterPeriod'
  | 'pdca.afterNotOver'
  | 'pdca.notStandardised'
  | 'pdca.closed';

export interface AdvanceFacts {
  phase: PdcaPhase;
  /** The cycle's tasks (its action items), by status. */
  tasks: readonly { status: 'open' | 'done' | 'cancelled' }[];
  afterFrom: string | null;
  afterTo: string | null;
  sopId: string | null;
  dutyId: string | null;
  actNote: string;
  /** Today, ISO date. */
  today: string;
}

/**
 * Why the cycle cannot move on from its phase, or null when it can. Do → Check: the tasks are done (at
 * least one, none still open). Check → Act: the period after the change is set and over. Act → closed:
 * something was standardised (an SOP version, a duty) or a note says why not.
 */
export function advanceProblem(
  f: AdvanceFacts,
): { code: AdvanceProblem; field: string; count?: number } | null {
  switch (f.phase) {
    case 'plan':
      return null;
    case 'do': {
      if (!f.tasks.some((t) => t.status === 'done')) return { code: 'pdca.noTasks', field: 'tasks' };
      const open = f.tasks.filter((t) => t.status === 'open').length;
      return open > 0 ? { code: 'pdca.tasksOpen', field: 'tasks', count: open } : null;
    }
    case 'check':
      if (f.afterFrom === null || f.afterTo === null)
        return { code: 'pdca.noAfterPeriod', field: 'afterFrom' };
      return f.afterTo >= f.today ? { code: 'pdca.afterNotOver', field: 'afterTo' } : null;
    case 'act':
      return f.sopId === null && f.dutyId === null && f.actNote.trim() === ''
        ? { code: 'pdca.notStandardised', field: 'sopId' }
        : null;
    case 'closed':
      return { code: 'pdca.closed', field: 'phase' };
  }
}

export interface CheckResult {
  before: number | null;
  after: number | null;
  /** after − before; null when either is unknown. */
  change: number | null;
  /** The change as a percentage of the before figure; null when unknown or before is 0. */
  changePercent: number | null;
  /** Moved the better way (true), the worse way (false), not at all or unknown (null). */
  improved: boolean | null;
  /** The target reached by the after figure (without a target: better than before); null when unknown. */
  targetMet: boolean | null;
}

const round = (value: number, digits: number) => {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return Number.isFinite(rounded) ? rounded : null;
};
const known = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** The Check step's verdict on a metric whose better direction is `better`. Never NaN. */
export function checkResult(
  before: number | null,
  after: number | null,
  target: number | null,
  better: 'higher' | 'lower',
): CheckResult {
  const b = known(before) ? before : null;
  const a = known(after) ? after : null;
  const change = a !== null && b !== null ? round(a - b, 2) : null;
  const changePercent =
    change !== null && b !== null && b !== 0 ? round((100 * change) / Math.abs(b), 1) : null;
  const improved = change === null || change === 0 ? null : better === 'higher' ? change > 0 : change < 0;
  let targetMet: boolean | null = null;
  if (a !== null && known(target)) targetMet = better === 'higher' ? a >= target : a <= target;
  else if (a !== null && target === null && change !== null) targetMet = improved === true;
  return { before: b, after: a, change, changePercent, improved, targetMet };
}
