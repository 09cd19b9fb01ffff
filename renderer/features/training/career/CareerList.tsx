import { ActionIcon, Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CareerPlan } from '../../../../shared/schema/training';
import type { CareerView } from '../../../db/training-needs-queries';
import { formatDay } from '../../../i18n/format';
import { TableHead } from '../../../ui/TableHead';
import { nextMilestone, planFigures } from './career-figures';
import { Readiness } from './Readiness';

/** One row a career plan: whose, for which role, how ready, and the next milestone; a row opens its detail. */
export function CareerList(props: {
  view: CareerView;
  today: string;
  selectedId: string | null;
  onSelect: (plan: CareerPlan) => void;
  onEdit: (plan: CareerPlan) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="career-list">
        <TableHead
          columns={[
            t('trainingArea.career.columns.person'),
            t('trainingArea.career.columns.targetRole'),
            t('trainingArea.career.columns.readiness'),
            t('trainingArea.career.columns.nextMilestone'),
            { ariaLabel: t('trainingArea.career.columns.actions') },
          ]}
        />
        <Table.Tbody>
          {props.view.plans.map((plan) => {
            const figures = planFigures(plan, props.view);
            const name = figures.name ?? t('trainingArea.career.unknownPerson');
            const names = { name, role: plan.targetRole };
            const next = nextMilestone(plan);
            const selected = plan.id === props.selectedId;
            return (
              <Table.Tr
                key={plan.id}
                data-testid="career-row"
                data-plan={plan.id}
                aria-current={selected ? 'true' : undefined}
                // A bar at the start marks the chosen plan: a tinted row would dim its link below AA contrast.
                style={
                  selected ? { boxShadow: 'inset 4px 0 0 var(--mantine-primary-color-filled)' } : undefined
                }
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    aria-label={t('trainingArea.career.show', names)}
                    onClick={() => props.onSelect(plan)}
                  >
                    {name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{plan.targetRole}</Table.Td>
                <Table.Td miw={180}>
                  <Readiness
                    value={figures.readiness}
                    label={(percent) => t('trainingArea.career.readinessLabel', { ...names, percent })}
                  />
                </Table.Td>
                <Table.Td>
                  {next ? (
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{next.title}</Text>
                      <Text size="xs" c={next.due < props.today ? 'red.8' : 'dimmed'}>
                        {formatDay(next.due)}
                      </Text>
                      {next.due < props.today && (
                        <Badge size="xs" color="red" variant="light">
                          {t('trainingArea.career.overdue')}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t(
                        plan.milestones.length > 0
                          ? 'trainingArea.career.allDone'
                          : 'trainingArea.career.noMilestones',
                      )}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('trainingArea.career.edit', names)}
                      onClick={() => props.onEdit(plan)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
