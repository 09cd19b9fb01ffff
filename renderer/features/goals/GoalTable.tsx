import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalNode } from '../../../shared/rules/goals';
import type { Goal } from '../../../shared/schema/goal';
import type { GoalFigures } from '../../db/goal-queries';
import { formatDay, formatNumber } from '../../i18n/format';
import { PacingBadge, ProgressBar, useMetricText } from '../../ui/goal-figures';

/**
 * The goal tree as a table: team goals with the goals that serve them indented beneath. A goal's bar is
 * its rolled-up progress (its own and its sub-goals', averaged); its pacing is its own.
 */
export function GoalTable(props: {
  roots: readonly GoalNode<Goal>[];
  figures: ReadonlyMap<string, GoalFigures>;
  nameOf: (staffId: string | null) => string;
  onOpen: (goal: Goal) => void;
}) {
  const { t } = useTranslation();
  const metricText = useMetricText();
  const rows: { node: GoalNode<Goal>; depth: number }[] = [];
  const walk = (node: GoalNode<Goal>, depth: number) => {
    rows.push({ node, depth });
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const root of props.roots) walk(root, 0);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="goal-table">
        <Table.Thead>
          <Table.Tr>
            {(['goal', 'owner', 'actual', 'target', 'progress', 'pacing', 'due'] as const).map((c) => (
              <Table.Th key={c}>{t(`goalsArea.columns.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ node, depth }) => {
            const goal = node.goal;
            const f = props.figures.get(goal.id);
            const rolled = f?.rolled ?? null;
            // Its own way from baseline to target, past 100% when it is beaten: the bar (capped) also
            // counts its sub-goals.
            const own = f?.progress.progress ?? null;
            return (
              <Table.Tr key={goal.id} data-goal={goal.title}>
                <Table.Td style={{ paddingLeft: 12 + depth * 24 }}>
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => props.onOpen(goal)}
                    fw={depth === 0 ? 600 : 400}
                  >
                    {goal.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`metric.${goal.metric}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {goal.scope === 'team' ? `${t('goalsArea.teamGoal')} · ` : ''}
                  {props.nameOf(goal.ownerId)}
                </Table.Td>
                <Table.Td data-testid="goal-actual">
                  {metricText(goal.metric, f?.actual ?? null, goal.manualUnit)}
                </Table.Td>
                <Table.Td>{metricText(goal.metric, goal.target, goal.manualUnit)}</Table.Td>
                <Table.Td miw={170}>
                  <Text size="xs" ta="right" data-testid="goal-progress">
                    {own === null ? '—' : `${formatNumber(Math.round(own * 100))}%`}
                  </Text>
                  <ProgressBar
                    value={rolled}
                    label={t('goalsArea.progressLabel', {
                      title: goal.title,
                      percent:
                        rolled === null ? '—' : `${Math.round(Math.min(1, Math.max(0, rolled)) * 100)}%`,
                    })}
                  />
                </Table.Td>
                <Table.Td miw={120}>
                  <PacingBadge status={f?.progress.status ?? 'noData'} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(goal.due)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
