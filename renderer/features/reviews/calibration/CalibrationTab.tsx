import { Badge, Button, Grid, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconChartBar } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { loadCalibration, loadCycleBoard, loadReviewCycles } from '../../../db/review-queries';
import { formatNumber } from '../../../i18n/format';
import { ChartFigures } from '../../../ui/ChartFigures';
import { Bar } from '../../../ui/charts';
import { EmptyState } from '../../../ui/EmptyState';
import { useToday } from '../../../ui/use-today';
import { ReviewDetail } from '../review/ReviewDetail';
import { scoreText } from '../review/score-text';
import { BandsForm } from './BandsForm';

/**
 * Calibration of a cycle before it closes: how the team's final scores spread, who stands far from the
 * middle (flagged, to look at again), and the cycle's bands, which can be changed until it closes.
 */
export function CalibrationTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const cycles = useLiveQuery(() => loadReviewCycles(db), [db]);
  const [chosen, setChosen] = useState<string | null>(null);
  // The cycle being calibrated by default: the first not yet closed, else the latest.
  const cycleId =
    chosen ??
    cycles?.find((c) => c.status === 'calibrating')?.id ??
    cycles?.find((c) => c.status !== 'closed')?.id ??
    cycles?.[0]?.id ??
    null;
  // The calibration, and which reviews still wait for a part (their score is not final yet).
  const data = useLiveQuery(async () => {
    if (!cycleId) return null;
    const [calibration, board] = await Promise.all([
      loadCalibration(db, cycleId, today),
      loadCycleBoard(db, cycleId, today),
    ]);
    if (!calibration) return null;
    const open = new Set(board?.rows.filter((r) => r.openParts.length > 0).map((r) => r.review.id));
    return { ...calibration, open };
  }, [db, cycleId, today]);
  const [editingBands, setEditingBands] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  if (!cycles) return null;
  if (cycles.length === 0)
    return (
      <EmptyState
        icon={IconChartBar}
        title={t('reviewsArea.calibration.noCycles')}
        body={t('reviewsArea.calibration.noCyclesBody')}
        testId="calibration-empty"
      />
    );
  return (
    <Stack gap="md" data-testid="calibration-tab">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label={t('reviewsArea.calibration.cycle')}
            w={320}
            allowDeselect={false}
            data={cycles.map((c) => ({ value: c.id, label: c.name }))}
            value={cycleId}
            onChange={setChosen}
            data-testid="calibration-cycle"
          />
          {data && (
            <Badge variant="light" color={data.cycle.status === 'closed' ? 'gray' : 'blue'} mb={8}>
              {t(`reviewsArea.status.${data.cycle.status}`)}
            </Badge>
          )}
        </Group>
      </Group>
      {data && <CalibrationBody data={data} onBands={() => setEditingBands(true)} onOpen={setOpen} />}
      {data && editingBands && (
        <BandsForm
          cycleId={data.cycle.id}
          cycleName={data.cycle.name}
          bands={data.bands}
          onClose={() => setEditingBands(false)}
        />
      )}
      {open && <ReviewDetail reviewId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}

type Calibration = NonNullable<Awaited<ReturnType<typeof loadCalibration>>> & { open: ReadonlySet<string> };

function CalibrationBody(props: {
  data: Calibration;
  onBands: () => void;
  onOpen: (reviewId: string) => void;
}) {
  const { t } = useTranslation();
  const { data } = props;
  const closed = data.cycle.status === 'closed';
  const scored = data.entries.filter((e) => e.final !== null);
  const title = t('reviewsArea.calibration.chartTitle', { cycle: data.cycle.name });
  const binLabel = (b: { from: number; to: number }) =>
    t('reviewsArea.calibration.bin', { from: formatNumber(b.from), to: formatNumber(b.to) });
  const bandCount = (label: string) => data.entries.filter((e) => e.band === label).length;
  return (
    <>
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" radius="md" h="100%" data-testid="calibration-chart">
            <Title order={2} size="h4" mb={4}>
              {title}
            </Title>
            <Text size="sm" c="dimmed" mb="sm" data-testid="calibration-median">
              {scored.length === 0
                ? t('reviewsArea.calibration.noScores')
                : t('reviewsArea.calibration.median', {
                    median: scoreText(data.median),
                    count: scored.length,
                    total: data.entries.length,
                  })}
            </Text>
            <div style={{ position: 'relative', height: 220 }}>
              <Bar
                role="img"
                aria-label={title}
                data={{
                  labels: data.distribution.map(binLabel),
                  datasets: [
                    {
                      label: t('reviewsArea.calibration.people'),
                      data: data.distribution.map((b) => b.count),
                      backgroundColor: '#1c7ed6',
                    },
                  ],
                }}
                options={{
                  maintainAspectRatio: false,
                  animation: false,
                  plugins: { legend: { display: false } },
                  scales: {
                    x: { title: { display: true, text: t('reviewsArea.calibration.scoreAxis') } },
                    y: {
                      beginAtZero: true,
                      ticks: { precision: 0 },
                      title: { display: true, text: t('reviewsArea.calibration.people') },
                    },
                  },
                }}
              />
            </div>
            <ChartFigures
              caption={title}
              columns={[t('reviewsArea.calibration.scoreAxis'), t('reviewsArea.calibration.people')]}
              rows={data.distribution.map((b) => ({
                key: String(b.from),
                cells: [binLabel(b), formatNumber(b.count)],
              }))}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md" h="100%" data-testid="calibration-bands">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">
                {t('reviewsArea.calibration.bands.title')}
              </Title>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconAdjustmentsHorizontal size={14} />}
                disabled={closed}
                onClick={props.onBands}
                data-testid="edit-bands"
              >
                {t('reviewsArea.calibration.bands.edit')}
              </Button>
            </Group>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviewsArea.calibration.bands.label')}</Table.Th>
                  <Table.Th ta="right">{t('reviewsArea.calibration.bands.from')}</Table.Th>
                  <Table.Th ta="right">{t('reviewsArea.calibration.people')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.bands.map((b) => (
                  <Table.Tr key={b.label} data-testid="band" data-band={b.label}>
                    <Table.Td>{b.label}</Table.Td>
                    <Table.Td ta="right">{formatNumber(b.min)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(bandCount(b.label))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" mt="xs">
              {closed ? t('reviewsArea.calibration.bands.closed') : t('reviewsArea.calibration.bands.open')}
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="xs">
          {t('reviewsArea.calibration.peopleTitle')}
        </Title>
        <Table highlightOnHover data-testid="calibration-people">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reviewsArea.calibration.person')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.calibration.final')}</Table.Th>
              <Table.Th>{t('reviewsArea.calibration.band')}</Table.Th>
              <Table.Th>{t('reviewsArea.calibration.flag')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.entries.map((e) => (
              <Table.Tr
                key={e.reviewId}
                data-testid="calibration-row"
                data-person={e.name}
                data-outlier={e.outlier || undefined}
                data-unfinished={data.open.has(e.reviewId) || undefined}
              >
                <Table.Td>{e.name}</Table.Td>
                <Table.Td ta="right" fw={600} c={data.open.has(e.reviewId) ? 'dimmed' : undefined}>
                  {scoreText(e.final)}
                </Table.Td>
                <Table.Td>{e.band ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {e.outlier && (
                      <Badge
                        color="orange"
                        variant="light"
                        tt="none"
                        miw="max-content"
                        style={{ overflow: 'visible' }}
                        data-testid="outlier"
                      >
                        {t(
                          (e.final ?? 0) > (data.median ?? 0)
                            ? 'reviewsArea.calibration.outlierHigh'
                            : 'reviewsArea.calibration.outlierLow',
                        )}
                      </Badge>
                    )}
                    {(e.final === null || data.open.has(e.reviewId)) && (
                      <Text size="xs" c="dimmed" data-testid="unfinished">
                        {t('reviewsArea.calibration.unfinished')}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => props.onOpen(e.reviewId)}
                    data-testid="open-review"
                  >
                    {t('reviewsArea.calibration.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.outliers.length > 0 && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('reviewsArea.calibration.outlierHint', { points: formatNumber(data.threshold ?? 20) })}
          </Text>
        )}
      </Paper>
    </>
  );
}
