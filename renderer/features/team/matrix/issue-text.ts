import type { TFunction } from 'i18next';
import type { CoverageIssue } from '../../../../shared/rules/coverage';
import type { Duty } from '../../../../shared/schema/duty';
import { formatDay } from '../../../i18n/format';

// One coverage problem in words, for the checks panel, the printed matrix and the XLSX "Checks" sheet.

export function issueText(
  t: TFunction,
  issue: CoverageIssue,
  lookup: {
    dutyOf: (id: string) => Duty | undefined;
    nameOf: (id: string | null) => string | undefined;
    courseTitle?: (id: string) => string | undefined;
  },
): string {
  const duty = 'dutyId' in issue ? (lookup.dutyOf(issue.dutyId)?.name ?? '?') : '';
  const person = 'staffId' in issue ? (lookup.nameOf(issue.staffId) ?? '?') : '';
  switch (issue.kind) {
    case 'no_primary':
    case 'no_backup':
    case 'complex_only_new':
      return t(`teamArea.issue.${issue.kind}`, { duty });
    case 'over_capacity':
      return t('teamArea.issue.over_capacity', { person, hours: issue.hours, capacity: issue.capacity });
    case 'skill_below':
      return t('teamArea.issue.skill_below', {
        person,
        duty,
        role: t(`teamArea.role.${issue.role}`),
        skill: lookup.dutyOf(issue.dutyId)?.requiredSkill ?? '',
        level: issue.level,
        required: issue.required,
      });
    case 'certificate_missing':
      return t(issue.expired ? 'teamArea.issue.certificate_expired' : 'teamArea.issue.certificate_missing', {
        person,
        duty,
        role: t(`teamArea.role.${issue.role}`),
        course: lookup.courseTitle?.(issue.courseId) ?? '?',
        date: issue.expired ? formatDay(issue.expired) : '',
      });
    case 'primary_absent':
      return t('teamArea.issue.primary_absent', {
        person,
        duty,
        from: formatDay(issue.from),
        to: formatDay(issue.to),
      });
  }
}
