import type { CoverageDuty, CoverageStaff } from '../../../shared/rules/coverage';

/** A person for the duty-matrix tests: experienced, 40 h a week, active, with orders 3 and reports 2. */
export const person = (id: string, over: Partial<CoverageStaff> = {}): CoverageStaff => ({
  id,
  level: 'experienced',
  weeklyCapacityHours: 40,
  status: 'active',
  skills: { orders: 3, reports: 2 },
  ...over,
});

/** A standard 10-hour duty needing orders ≥ 2, nobody on it. */
export const duty = (id: string, over: Partial<CoverageDuty> = {}): CoverageDuty => ({
  id,
  complexity: 'standard',
  hoursPerWeek: 10,
  requiredSkill: 'orders',
  requiredLevel: 2,
  primaryId: null,
  backupIds: [],
  ...over,
});
