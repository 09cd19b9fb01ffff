import { ActionIcon, Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconListCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificateState } from '../../../../shared/rules/training';
import { OPEN_STATUSES } from '../../../../shared/rules/training/types';
import type { TrainingItem } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { loadCourses, loadTemplates, loadTrainingPlans } from '../../../db/training-queries';
import { formatDay, formatNumber } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { useToday } from '../../../ui/use-today';
import { PlanExportButtons } from './export/PlanExportButtons';
import { ItemStatus } from './ItemStatus';
import { CompleteDialog, GivePlanDialog, PlanCourseDialog } from './plan-dialogs';
import { useItemRemove } from './use-item-remove';

type Dialog = { kind: 'give' } | { kind: 'add' } | { kind: 'complete'; item: TrainingItem } | null;

/**
 * Each person's training plan: how far along everyone is, and for the chosen person their courses with due
 * dates, status, result and certificate. Giving the onboarding plan, adding a course and completing one
 * are a click each; completing raises the person's skills (shown in the notification).
 */
export function PlansTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const plans = useLiveQuery(() => loadTrainingPlans(db, today), [db, today]);
  const courses = useLiveQuery(() => loadCourses(db), [db]);
  const templates = useLiveQuery(() => loadTemplates(db), [db]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useItemRemove();
  if (!plans || !courses || !templates) return null;
  if (plans.length === 0)
    return (
      <EmptyState
        icon={IconListCheck}
        title={t('trainingArea.plan.noStaffTitle')}
        body={t('trainingArea.plan.noStaffBody')}
      />
    );
  const current = plans.find((p) => p.person.id === chosen) ?? plans[0];
  if (!current) return null;
  const titleOf = (id: string) => courses.find((c) => c.id === id)?.title ?? t('trainingArea.unknownCourse');
  const rateText = (rate: number | null) => (rate === null ? '—' : `${formatNumber(rate)}%`);
  return (
    <>
      <Paper withBorder radius="md" mb="md">
        <Table highlightOnHover data-testid="plan-people">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trainingArea.plan.person')}</Table.Th>
              <Table.Th ta="right">{t('trainingArea.plan.items')}</Table.Th>
              <Table.Th ta="right">{t('trainingArea.plan.completedCount')}</Table.Th>
              <Table.Th ta="right">{t('trainingArea.plan.rate')}</Table.Th>
              <Table.Th ta="right">{t('trainingArea.plan.overdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map(({ person, items, rate }) => (
              <Table.Tr
                key={person.id}
                data-person={person.name}
                bg={person.id === current.person.id ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setChosen(person.id)}
                    aria-pressed={person.id === current.person.id}
                  >
                    {person.name}
                  </Button>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(items.length)}</Table.Td>
                <Table.Td ta="right">{formatNumber(rate.completed)}</Table.Td>
                <Table.Td ta="right">{rateText(rate.rate)}</Table.Td>
                <Table.Td ta="right" c={rate.overdue > 0 ? 'red' : undefined}>
                  {formatNumber(rate.overdue)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('trainingArea.plan.of', { name: current.person.name })}
        </Title>
        <Group>
          <Button
            variant="light"
            onClick={() => setDialog({ kind: 'give' })}
            disabled={templates.length === 0}
            data-testid="give-plan-open"
          >
            {t('trainingArea.plan.giveTemplate')}
          </Button>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDialog({ kind: 'add' })}
            data-testid="plan-course-open"
          >
            {t('trainingArea.plan.addCourse')}
          </Button>
          <PlanExportButtons plans={plans} current={current} courses={courses} today={today} />
        </Group>
      </Group>
      {current.items.length === 0 ? (
        <Text c="dimmed" py="md">
          {t('trainingArea.plan.empty')}
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table data-testid="plan-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainingArea.plan.course')}</Table.Th>
                <Table.Th>{t('trainingArea.plan.due')}</Table.Th>
                <Table.Th>{t('trainingArea.plan.status')}</Table.Th>
                <Table.Th>{t('trainingArea.plan.result')}</Table.Th>
                <Table.Th>{t('trainingArea.plan.certificate')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('trainingArea.plan.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.items.map((item) => {
                const title = titleOf(item.courseId);
                const late = OPEN_STATUSES.includes(item.status) && item.due < today;
                return (
                  <Table.Tr key={item.id} data-item={title}>
                    <Table.Td>{title}</Table.Td>
                    <Table.Td c={late ? 'red' : undefined}>{formatDay(item.due)}</Table.Td>
                    <Table.Td>
                      <ItemStatus item={item} courseTitle={title} />
                    </Table.Td>
                    <Table.Td>
                      {item.status === 'completed'
                        ? [
                            formatDay(item.completedOn ?? item.due),
                            item.score === null
                              ? null
                              : t('trainingArea.plan.scoreShort', { score: formatNumber(item.score) }),
                            item.passed === false ? t('trainingArea.plan.notPassed') : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      {item.certificateExpires
                        ? t(`trainingArea.certificate.${certificateState(item.certificateExpires, today)}`, {
                            date: formatDay(item.certificateExpires),
                          })
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {OPEN_STATUSES.includes(item.status) && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() => setDialog({ kind: 'complete', item })}
                            data-testid="complete-open"
                          >
                            {t('trainingArea.plan.complete')}
                          </Button>
                        )}
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('trainingArea.plan.remove', { course: title })}
                          onClick={() => remove(item, title)}
                          data-testid="item-remove"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {dialog?.kind === 'give' && (
        <GivePlanDialog
          staffId={current.person.id}
          templates={templates}
          today={today}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'add' && (
        <PlanCourseDialog
          staffId={current.person.id}
          courses={courses}
          today={today}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'complete' && (
        <CompleteDialog
          itemId={dialog.item.id}
          courseTitle={titleOf(dialog.item.courseId)}
          today={today}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
