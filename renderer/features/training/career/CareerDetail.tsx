import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CareerPlan } from '../../../../shared/schema/training';
import type { CareerView } from '../../../db/training-needs-queries';
import { formatDay, formatNumber } from '../../../i18n/format';
import { TableHead } from '../../../ui/TableHead';
import { usePlanCourse } from '../needs/use-plan-course';
import { planFigures } from './career-figures';
import { Readiness } from './Readiness';

/**
 * One career plan: how ready the person is, the skills they are short of with the courses that would close
 * each gap (one click puts a course in their training plan), the milestones and the notes.
 */
export function CareerDetail(props: {
  plan: CareerPlan;
  view: CareerView;
  today: string;
  onEdit: (plan: CareerPlan) => void;
}) {
  const { t } = useTranslation();
  const { plan, view } = props;
  const { plan: planCourse, busy } = usePlanCourse();
  const figures = planFigures(plan, view);
  const name = figures.name ?? t('trainingArea.career.unknownPerson');
  const titles = new Map(view.courses.map((c) => [c.id, c.title]));
  const courseName = (id: string) => titles.get(id) ?? t('trainingArea.career.unknownCourse');
  const headingId = `career-detail-${plan.id}`;

  const suggested = (index: number) => {
    const courses = figures.suggestions[index]?.courses ?? [];
    if (courses.length === 0)
      return (
        <Text size="sm" c="dimmed">
          {t('trainingArea.career.detail.noCourse')}
        </Text>
      );
    return (
      <Stack gap={4}>
        {courses.map((course) => {
          const key = `${plan.id}:${course.id}`;
          return (
            <Group key={course.id} gap="xs" wrap="nowrap" justify="space-between" data-testid="career-course">
              <Text size="sm">{courseName(course.id)}</Text>
              {course.planned ? (
                <Badge color="green" variant="light" leftSection={<IconCheck size={12} />}>
                  {t('trainingArea.career.detail.isPlanned')}
                </Badge>
              ) : (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  loading={busy(key)}
                  data-testid="add-to-plan"
                  aria-label={t('trainingArea.career.detail.addToPlanFor', {
                    course: courseName(course.id),
                    name,
                  })}
                  onClick={() =>
                    void planCourse({
                      key,
                      staffId: plan.staffId,
                      courseId: course.id,
                      person: name,
                      course: courseName(course.id),
                      today: props.today,
                    })
                  }
                >
                  {t('trainingArea.career.detail.addToPlan')}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
    );
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="career-detail"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id={headingId}>
            {t('trainingArea.career.detail.heading', { name, role: plan.targetRole })}
          </Title>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => props.onEdit(plan)}>
            {t('trainingArea.career.detail.edit')}
          </Button>
        </Group>
        <Stack gap={4} maw={420}>
          <Text size="sm" fw={600}>
            {t('trainingArea.career.detail.readiness')}
          </Text>
          <Readiness
            size="lg"
            value={figures.readiness}
            label={(percent) =>
              t('trainingArea.career.readinessLabel', { name, role: plan.targetRole, percent })
            }
          />
        </Stack>

        <Title order={4} size="h5">
          {t('trainingArea.career.detail.gap')}
        </Title>
        {plan.requiredSkills.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('trainingArea.career.detail.noSkills')}
          </Text>
        ) : figures.gap.length === 0 ? (
          <Text size="sm" data-testid="career-ready">
            {t('trainingArea.career.detail.ready', { name })}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" data-testid="career-gap">
              <TableHead
                columns={[
                  t('trainingArea.career.detail.skill'),
                  { label: t('trainingArea.career.detail.has'), align: 'right' },
                  { label: t('trainingArea.career.detail.needs'), align: 'right' },
                  { label: t('trainingArea.career.detail.short'), align: 'right' },
                  t('trainingArea.career.detail.suggested'),
                ]}
              />
              <Table.Tbody>
                {figures.gap.map((g, i) => (
                  <Table.Tr key={g.skill} data-skill={g.skill}>
                    <Table.Td>{g.skill}</Table.Td>
                    <Table.Td ta="right">{formatNumber(g.have)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(g.need)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(g.short)}</Table.Td>
                    <Table.Td>{suggested(i)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        {plan.milestones.length > 0 && (
          <>
            <Title order={4} size="h5">
              {t('trainingArea.career.detail.milestones')}
            </Title>
            <Table verticalSpacing={4} data-testid="career-milestones">
              <TableHead
                columns={[
                  t('trainingArea.career.detail.milestoneTitle'),
                  t('trainingArea.career.detail.due'),
                  t('trainingArea.career.detail.status'),
                ]}
              />
              <Table.Tbody>
                {[...plan.milestones]
                  .sort((a, b) => a.due.localeCompare(b.due))
                  .map((m, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: milestones have no id; titles may repeat
                    <Table.Tr key={i}>
                      <Table.Td>{m.title}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(m.due)}</Table.Td>
                      <Table.Td>
                        {m.done ? (
                          <Badge color="green" variant="light">
                            {t('trainingArea.career.detail.done')}
                          </Badge>
                        ) : m.due < props.today ? (
                          <Badge color="red" variant="light">
                            {t('trainingArea.career.overdue')}
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="light">
                            {t('trainingArea.career.detail.open')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </>
        )}

        {plan.notes && (
          <Stack gap={4}>
            <Title order={4} size="h5">
              {t('trainingArea.career.detail.notes')}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {plan.notes}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
