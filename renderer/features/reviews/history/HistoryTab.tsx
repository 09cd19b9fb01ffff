import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { loadReviewHistory } from '../../../db/review-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay } from '../../../i18n/format';
import { ChartFigures } from '../../../ui/ChartFigures';
import { Line } from '../../../ui/charts';
import { EmptyState } from '../../../ui/EmptyState';
import { ReviewDetail } from '../review/ReviewDetail';
import { scoreText } from '../review/score-text';

/** One person's closed reviews, oldest first, and how their final score went from cycle to cycle. */
export function HistoryTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  const [chosen, setChosen] = useState<string | null>(null);
  const staffId = chosen ?? staff?.[0]?.id ?? null;
  const history = useLiveQuery(async () => (staffId ? loadReviewHistory(db, staffId) : []), [db, staffId]);
  const [open, setOpen] = useState<string | null>(null);
  if (!staff) return null;
  const name = staff.find((s) => s.id === staffId)?.name ?? '';
  const title = t('reviewsArea.history.chartTitle', { name });
  return (
    <Stack gap="md" data-testid="history-tab">
      <Select
        label={t('reviewsArea.history.person')}
        w={320}
        searchable
        allowDeselect={false}
        data={staff.map((s) => ({ value: s.id, label: s.name }))}
        value={staffId}
        onChange={setChosen}
        data-testid="history-person"
      />
      {history && history.length === 0 && (
        <EmptyState
          icon={IconTimeline}
          title={t('reviewsArea.history.emptyTitle', { name })}
          body={t('reviewsArea.history.emptyBody')}
          testId="history-empty"
        />
      )}
      {history && history.length > 0 && (
        <>
          <Paper withBorder p="md" radius="md" data-testid="history-chart">
            <Title order={2} size="h4" mb="sm">
              {title}
            </Title>
            <div style={{ position: 'relative', height: 220 }}>
              <Line
                role="img"
                aria-label={title}
                data={{
                  labels: history.map((h) => h.cycleName),
                  datasets: [
                    {
                      label: t('reviewsArea.history.final'),
                      data: history.map((h) => h.final),
                      borderColor: '#1c7ed6',
                      backgroundColor: '#1c7ed6',
                      spanGaps: true,
                    },
                  ],
                }}
                options={{
                  maintainAspectRatio: false,
                  animation: false,
                  plugins: { legend: { display: false } },
                  scales: {
                    // A lone first review sits in the middle, not on the axis.
                    x: { offset: true },
                    y: {
                      min: 0,
                      suggestedMax: 100,
                      title: { display: true, text: t('reviewsArea.history.final') },
                    },
                  },
                }}
              />
            </div>
            <ChartFigures
              caption={title}
              columns={[
                t('reviewsArea.history.cycle'),
                t('reviewsArea.history.final'),
                t('reviewsArea.history.band'),
              ]}
              rows={history.map((h) => ({
                key: h.reviewId,
                cells: [h.cycleName, scoreText(h.final), h.band || '—'],
              }))}
            />
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Table highlightOnHover data-testid="history-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviewsArea.history.cycle')}</Table.Th>
                  <Table.Th>{t('reviewsArea.history.period')}</Table.Th>
                  <Table.Th ta="right">{t('reviewsArea.history.final')}</Table.Th>
                  <Table.Th>{t('reviewsArea.history.band')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((h, i) => {
                  const before = history[i - 1]?.final ?? null;
                  const change =
                    h.final !== null && before !== null ? Math.round((h.final - before) * 10) / 10 : null;
                  return (
                    <Table.Tr key={h.reviewId} data-testid="history-row" data-cycle={h.cycleName}>
                      <Table.Td>{h.cycleName}</Table.Td>
                      <Table.Td>
                        {t('reviewsArea.period', { from: formatDay(h.from), to: formatDay(h.to) })}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Group gap={6} justify="flex-end" wrap="nowrap">
                          <Text size="sm" fw={600}>
                            {scoreText(h.final)}
                          </Text>
                          {change !== null && change !== 0 && (
                            <Text size="xs" c={change > 0 ? 'teal.8' : 'red.8'}>
                              {change > 0 ? '+' : '−'}
                              {scoreText(Math.abs(change))}
                            </Text>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{h.band ? <Badge variant="light">{h.band}</Badge> : '—'}</Table.Td>
                      <Table.Td ta="right">
                        <Button size="compact-sm" variant="subtle" onClick={() => setOpen(h.reviewId)}>
                          {t('reviewsArea.history.open')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
      {open && <ReviewDetail reviewId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
