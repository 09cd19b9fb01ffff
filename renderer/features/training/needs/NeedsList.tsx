import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NeedReason, TrainingNeed } from '../../../../shared/rules/training';
import type { NeedsView } from '../../../db/training-needs-queries';
import { formatDay, formatList } from '../../../i18n/format';
import { TableHead } from '../../../ui/TableHead';
import { usePlanCourse } from './use-plan-course';

// Light badges keep their text dark enough on white (axe: contrast), yellow included.
const reasonColor: Record<NeedReason, string> = {
  certificateExpired: 'red',
  certificateRequired: 'orange',
  skillGap: 'blue',
  certificateExpiring: 'yellow',
};

/** One row a need: who, why (the duty and levels, or the certificate and its day), the course, the plan. */
export function NeedsList(props: { view: NeedsView; today: string; days: number }) {
  const { t } = useTranslation();
  const { view } = props;
  const { plan, busy } = usePlanCourse();
  const people = new Map(view.staff.map((s) => [s.id, s]));
  const duties = new Map(view.duties.map((d) => [d.id, d.name]));
  const courses = new Map(view.courses.map((c) => [c.id, c.title]));
  const courseName = (id: string | undefined) =>
    (id && courses.get(id)) || t('trainingArea.needs.unknownCourse');

  const why = (need: TrainingNeed) => {
    if (need.reason === 'skillGap') {
      const person = people.get(need.staffId);
      const have = person?.skills.find((s) => s.skill === need.skill)?.level ?? 0;
      return (
        <>
          <Text size="sm">{t('trainingArea.needs.gap', { skill: need.skill, have, need: need.level })}</Text>
          <Text size="xs" c="dimmed">
            {t('trainingArea.needs.forDuty', {
              duty: (need.dutyId && duties.get(need.dutyId)) || t('trainingArea.needs.unknownDuty'),
            })}
          </Text>
        </>
      );
    }
    if (need.reason === 'certificateRequired')
      return (
        <Text size="sm">
          {t('trainingArea.needs.required', {
            course: courseName(need.courseId),
            duty: (need.dutyId && duties.get(need.dutyId)) || t('trainingArea.needs.unknownDuty'),
          })}
        </Text>
      );
    const key = need.reason === 'certificateExpired' ? 'expired' : 'expiring';
    return (
      <Text size="sm">
        {t(`trainingArea.needs.${key}`, {
          course: courseName(need.courseId),
          date: need.expires ? formatDay(need.expires) : '—',
        })}
      </Text>
    );
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="needs-list">
        <TableHead
          columns={[
            t('trainingArea.needs.columns.person'),
            t('trainingArea.needs.columns.why'),
            t('trainingArea.needs.columns.suggested'),
            t('trainingArea.needs.columns.plan'),
          ]}
        />
        <Table.Tbody>
          {view.needs.map((need) => {
            const name = people.get(need.staffId)?.name ?? t('trainingArea.needs.unknownPerson');
            const [best, ...others] = need.suggested;
            return (
              <Table.Tr
                key={need.key}
                data-testid="need-row"
                data-need={need.key}
                data-reason={need.reason}
                data-planned={need.planned}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{name}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge size="sm" variant="light" color={reasonColor[need.reason]}>
                      {t(`trainingArea.needs.reason.${need.reason}`)}
                    </Badge>
                    {why(need)}
                  </Stack>
                </Table.Td>
                <Table.Td data-testid="need-course">
                  {best ? (
                    <>
                      <Text size="sm">{courseName(best)}</Text>
                      {others.length > 0 && (
                        <Text size="xs" c="dimmed">
                          {t('trainingArea.needs.alternatives', {
                            courses: formatList(others.map(courseName)),
                          })}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('trainingArea.needs.noCourse')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {need.planned ? (
                    <Badge
                      color="green"
                      variant="light"
                      leftSection={<IconCheck size={12} />}
                      data-testid="need-planned"
                    >
                      {t('trainingArea.needs.isPlanned')}
                    </Badge>
                  ) : best ? (
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconPlus size={14} />}
                      loading={busy(need.key)}
                      aria-label={t('trainingArea.needs.addToPlanFor', { course: courseName(best), name })}
                      data-testid="add-to-plan"
                      onClick={() =>
                        void plan({
                          key: need.key,
                          staffId: need.staffId,
                          courseId: best,
                          person: name,
                          course: courseName(best),
                          today: props.today,
                          days: props.days,
                        })
                      }
                    >
                      {t('trainingArea.needs.addToPlan')}
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed" aria-hidden>
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
