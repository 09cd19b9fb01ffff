import type { RiskLevel } from '../../../../shared/rules/routines/risk';

/** Each level's colour, from calm to alarming (badges, heat-map cells). */
export const levelColor: Record<RiskLevel, string> = {
  low: 'green',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};
