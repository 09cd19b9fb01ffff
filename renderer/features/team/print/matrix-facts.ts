import type { TFunction } from 'i18next';
import type { CheckLine, MatrixLabels } from '../../../../shared/export/matrix-table';
import {
  type CoverageIssue,
  type CoverageReport,
  checkCoverage,
  type DateRange,
  effectiveOwner,
} from '../../../../shared/rules/coverage';
import type { Duty } from '../../../../shared/schema/duty';
import { formatDay } from '../../../i18n/format';
import type { TeamData } from '../use-team';

// What the wall print and the workbook say about the matrix, in the chosen language: the checks'
// problems in words, who does each duty today, and the labels of the matrix table.

/** The coverage checks as the Matrix tab runs them: absences checked in the dates it shows. */
export const coverageOf = (team: TeamData, range: DateRange | undefined): CoverageReport =>
  checkCoverage(team.coverage.staff, team.duties, team.coverage.absences, range);

export function matrixLabels(t: TFunction): MatrixLabels {
  return {
    duty: t('teamPrint.columns.duty'),
    complexity: t('teamPrint.columns.complexity'),
    hoursPerWeek: t('teamPrint.columns.hours'),
    complexities: {
      simple: t('complexity.simple'),
      standard: t('complexity.standard'),
      complex: t('complexity.complex'),
    },
    primary: t('teamPrint.primaryMark'),
    backup: t('teamPrint.backupMark'),
  };
}

/** Who does the duty on `today`: the primary, a backup standing in (marked), or nobody. */
export function ownerToday(t: TFunction, team: TeamData, duty: Duty, today: string) {
  const staff = new Map(team.coverage.staff.map((s) => [s.id, s]));
  const owner = effectiveOwner(duty, today, staff, team.coverage.absences);
  const name = owner.staffId ? (team.nameOf(owner.staffId) ?? '') : '';
  if (owner.as === 'uncovered') return { text: t('teamPrint.uncovered'), uncovered: true };
  return { text: owner.as === 'backup' ? t('teamPrint.asBackup', { name }) : name, uncovered: false };
}

function describe(t: TFunction, issue: CoverageIssue, duty: Duty | undefined): string {
  switch (issue.kind) {
    case 'over_capacity':
      return t(`teamPrint.issue.${issue.kind}`, { hours: issue.hours, capacity: issue.capacity });
    case 'skill_below':
      return t(`teamPrint.issue.${issue.kind}`, {
        role: t(`teamPrint.role.${issue.role}`),
        skill: duty?.requiredSkill ?? '',
        level: issue.level,
        required: issue.required,
      });
    case 'primary_absent':
      return t(`teamPrint.issue.${issue.kind}`, { from: formatDay(issue.from), to: formatDay(issue.to) });
    case 'certificate_missing':
      return t('teamPrint.issue.certificate_missing', { role: t(`teamPrint.role.${issue.role}`) });
    default:
      return t(`teamPrint.issue.${issue.kind}`);
  }
}

/** Every problem of the report in words, with the duty and the person it is about. */
export function checkLines(t: TFunction, team: TeamData, report: CoverageReport): CheckLine[] {
  const duties = new Map(team.duties.map((d) => [d.id, d]));
  return report.issues.map((issue) => {
    const duty = 'dutyId' in issue ? duties.get(issue.dutyId) : undefined;
    const personId = 'staffId' in issue ? issue.staffId : null;
    return { duty: duty?.name ?? '', person: team.nameOf(personId) ?? '', problem: describe(t, issue, duty) };
  });
}
