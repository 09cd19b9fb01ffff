// The duty matrix's rules at office size: 30 staff × 60 duties. matrix_checks — one cell edited
// and every coverage check recomputed (the rules' share of matrix_edit, which times the screen in
// matrix-ui-bench.tsx); matrix_suggest — the suggestion for the whole matrix.

import {
  type Absence,
  type CoverageDuty,
  type CoverageStaff,
  checkCoverage,
} from '../../shared/rules/coverage';
import { suggestCoverage } from '../../shared/rules/coverage-suggest';
import { createRandom } from '../../shared/sample/random';

export interface MatrixRuns {
  staff: number;
  duties: number;
  checks: number[];
  suggest: number[];
}

const levels = ['new', 'experienced', 'senior'] as const;
const complexities = ['simple', 'standard', 'complex'] as const;
const skills = ['orders', 'queries', 'reports', 'invoicing', 'contracts'];

/** A seeded office of that size (also the matrix screen's, in matrix-ui-bench.tsx). */
export function office(staffCount: number, dutyCount: number) {
  const random = createRandom(5);
  const staff: CoverageStaff[] = Array.from({ length: staffCount }, (_, i) => ({
    id: `s${i}`,
    level: random.pick(levels),
    weeklyCapacityHours: random.int(20, 40),
    status: random.chance(0.9) ? 'active' : 'on_leave',
    skills: Object.fromEntries(skills.map((k) => [k, random.int(0, 4)])),
  }));
  const duties: CoverageDuty[] = Array.from({ length: dutyCount }, (_, i) => ({
    id: `d${i}`,
    complexity: random.pick(complexities),
    hoursPerWeek: random.int(2, 10),
    requiredSkill: random.pick(skills),
    requiredLevel: random.int(0, 3),
    primaryId: random.chance(0.8) ? `s${random.int(0, staffCount - 1)}` : null,
    backupIds: random.chance(0.6) ? [`s${random.int(0, staffCount - 1)}`] : [],
  }));
  const absences: Absence[] = staff
    .filter(() => random.chance(0.2))
    .map((s) => ({
      staffId: s.id,
      from: '2026-12-07',
      to: `2026-12-${String(random.int(7, 18)).padStart(2, '0')}`,
    }));
  return { staff, duties, absences };
}

const timed = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export function runMatrixBench(
  options: { staff?: number; duties?: number; repeats?: number } = {},
): MatrixRuns {
  const { staff, duties, absences } = office(options.staff ?? 30, options.duties ?? 60);
  const week = { from: '2026-12-07', to: '2026-12-13' };
  const runs: MatrixRuns = { staff: staff.length, duties: duties.length, checks: [], suggest: [] };
  let matrix = duties;
  for (let i = 0; i < (options.repeats ?? 50); i++) {
    // A click on one cell: that duty's primary changes, and every check runs again.
    const at = i % matrix.length;
    matrix = matrix.map((d, j) => (j === at ? { ...d, primaryId: `s${(i * 7) % staff.length}` } : d));
    runs.checks.push(timed(() => checkCoverage(staff, matrix, absences, week)));
    runs.suggest.push(timed(() => suggestCoverage(staff, matrix, absences, week)));
  }
  console.log(`[bench] matrix ${staff.length} staff × ${duties.length} duties: checks and suggestion timed`);
  return runs;
}
