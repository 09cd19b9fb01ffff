import { Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/schema/risk';
import { useSession } from '../../../app/session-context';
import { loadRiskRegister, type RiskRow } from '../../../db/risk-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { useToday } from '../../../ui/use-today';
import { levelColor } from './level-colors';
import { RiskForm } from './RiskForm';
import { RiskHeatMap } from './RiskHeatMap';

/** The risk register: the likelihood × impact heat map beside the list of risks, worst first. */
export function RisksTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const data = useLiveQuery(
    async () => ({ register: await loadRiskRegister(db, today), staff: await loadStaff(db) }),
    [db, today],
  );
  const [editing, setEditing] = useState<{ risk: Risk | null } | null>(null);
  const [cell, setCell] = useState<{ likelihood: number; impact: number } | null>(null);
  if (!data) return null;
  const { register, staff } = data;
  const form = editing && <RiskForm risk={editing.risk} staff={staff} onClose={() => setEditing(null)} />;
  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ risk: null })}
      data-testid="new-risk"
    >
      {t('routinesArea.risks.new')}
    </Button>
  );
  if (register.rows.length === 0)
    return (
      <>
        <EmptyState
          icon={IconAlertTriangle}
          title={t('routinesArea.risks.emptyTitle')}
          body={t('routinesArea.risks.emptyBody')}
          testId="risks-empty"
        />
        <Group justify="center" mt="sm">
          {add}
        </Group>
        {form}
      </>
    );
  const shown = cell
    ? register.rows.filter(
        (r) =>
          r.risk.status !== 'closed' &&
          r.risk.likelihood === cell.likelihood &&
          r.risk.impact === cell.impact,
      )
    : register.rows;
  return (
    <>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <RiskHeatMap heat={register.heat} selected={cell} onSelect={setCell} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('routinesArea.risks.listTitle')}
              </Title>
              {add}
            </Group>
            {cell && (
              <Group gap="xs" data-testid="risk-filter">
                <Text size="sm">{t('routinesArea.risks.filtered', cell)}</Text>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => setCell(null)}
                  data-testid="risk-filter-clear"
                >
                  {t('routinesArea.risks.clearFilter')}
                </Button>
              </Group>
            )}
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={680}>
                <Table striped highlightOnHover data-testid="risk-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('routinesArea.risks.title')}</Table.Th>
                      <Table.Th>{t('routinesArea.risks.category')}</Table.Th>
                      <Table.Th>{t('routinesArea.risks.score')}</Table.Th>
                      <Table.Th>{t('routinesArea.risks.owner')}</Table.Th>
                      <Table.Th>{t('routinesArea.risks.reviewOn')}</Table.Th>
                      <Table.Th>{t('routinesArea.risks.status')}</Table.Th>
                      <Table.Th>{t('routinesArea.risks.flags')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={7}>
                          <Text size="sm" c="dimmed">
                            {t('routinesArea.risks.noneInCell')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {shown.map((row) => (
                      <RiskLine key={row.risk.id} row={row} onOpen={() => setEditing({ risk: row.risk })} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      {form}
    </>
  );
}

/** A title button in a table cell: its words wrap like the cell's text, never cut off. */
export const wrapping = {
  root: { height: 'auto', paddingBlock: 4 },
  label: { whiteSpace: 'normal', textAlign: 'left', lineHeight: 1.35 },
} as const;

function RiskLine({ row, onOpen }: { row: RiskRow; onOpen: () => void }) {
  const { t } = useTranslation();
  const { risk, flags } = row;
  const words = [
    ...(flags.reviewOverdue ? [t('routinesArea.risks.reviewOverdue')] : []),
    ...(flags.repeated ? [t('routinesArea.risks.incidents', { count: flags.recentIncidents })] : []),
  ];
  return (
    <Table.Tr data-risk={risk.title} data-flagged={row.flagged}>
      <Table.Td>
        <Button variant="subtle" size="compact-sm" onClick={onOpen} styles={wrapping} data-testid="risk-open">
          {risk.title}
        </Button>
      </Table.Td>
      <Table.Td>{t(`routinesArea.categories.${risk.category}`)}</Table.Td>
      <Table.Td>
        <Badge
          color={levelColor[row.level]}
          variant="filled"
          style={{ minWidth: 'max-content' }}
          data-testid="risk-score"
        >
          {t('routinesArea.risks.scoreValue', {
            score: row.score,
            level: t(`routinesArea.levels.${row.level}`),
          })}
        </Badge>
      </Table.Td>
      <Table.Td>{row.ownerName}</Table.Td>
      <Table.Td>{formatDay(risk.reviewOn)}</Table.Td>
      <Table.Td>{t(`routinesArea.risks.statuses.${risk.status}`)}</Table.Td>
      <Table.Td data-testid="risk-flags">
        {words.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('routinesArea.risks.noFlags')}
          </Text>
        ) : (
          <Stack gap={2}>
            {words.map((w) => (
              <Text key={w} size="sm" c="red" fw={600}>
                {w}
              </Text>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
