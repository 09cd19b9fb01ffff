import { Group, Text, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { workload } from '../../../../shared/rules/coverage';
import { formatNumber } from '../../../i18n/format';
import { ChartFigures } from '../../../ui/ChartFigures';
import { Bar } from '../../../ui/charts';
import { uiLocale } from '../absences/calendar-dates';
import type { TeamData } from '../use-team';

const BAR_PX = 34;

/**
 * Hours per week each member carries as primary against their capacity (backups carry nothing until
 * they cover), one pair of horizontal bars per person; a load over capacity is drawn red.
 */
export function WorkloadChart({ team }: { team: TeamData }) {
  const { t, i18n } = useTranslation();
  const theme = useMantineTheme();
  const colors = {
    load: theme.colors.indigo[5],
    over: theme.colors.red[6],
    capacity: theme.colors.gray[4],
  };
  const people = useMemo(() => {
    const load = workload(team.duties);
    return team.members.map((s) => ({
      id: s.id,
      name: s.name,
      hours: load.get(s.id) ?? 0,
      capacity: s.weeklyCapacityHours,
    }));
  }, [team.members, team.duties]);
  const over = people.filter((p) => p.hours > p.capacity);
  const hoursLabel = (n: number) => t('teamViews.workload.hours', { hours: formatNumber(n) });

  return (
    <>
      <div
        data-testid="workload-chart"
        data-over={over.map((p) => p.name).join(',')}
        style={{ position: 'relative', height: people.length * BAR_PX + 70 }}
      >
        <Bar
          role="img"
          aria-label={t('teamViews.workload.chartLabel')}
          data={{
            labels: people.map((p) => p.name),
            datasets: [
              {
                label: t('teamViews.workload.primary'),
                data: people.map((p) => p.hours),
                backgroundColor: people.map((p) => (p.hours > p.capacity ? colors.over : colors.load)),
              },
              {
                label: t('teamViews.workload.capacity'),
                data: people.map((p) => p.capacity),
                backgroundColor: colors.capacity,
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            animation: false,
            scales: {
              x: {
                beginAtZero: true,
                title: { display: true, text: t('teamViews.workload.axis') },
              },
            },
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: { label: (item) => `${item.dataset.label}: ${hoursLabel(Number(item.raw))}` },
              },
            },
          }}
        />
      </div>
      <ChartFigures
        caption={t('teamViews.workload.title')}
        columns={[
          t('teamViews.workload.person'),
          t('teamViews.workload.primary'),
          t('teamViews.workload.capacity'),
        ]}
        rows={people.map((p) => ({
          key: p.id,
          cells: [p.name, hoursLabel(p.hours), hoursLabel(p.capacity)],
        }))}
      />
      <Group gap="md" mt="xs">
        <Swatch color={colors.load} label={t('teamViews.workload.primary')} />
        <Swatch color={colors.over} label={t('teamViews.workload.overCapacity')} />
        <Swatch color={colors.capacity} label={t('teamViews.workload.capacity')} />
      </Group>
      {over.length > 0 && (
        <Text size="sm" c="red" mt="xs" data-testid="over-capacity">
          {t('teamViews.workload.overList', {
            names: new Intl.ListFormat(uiLocale(i18n.language)).format(
              over.map((p) => `${p.name} (${hoursLabel(p.hours)} / ${hoursLabel(p.capacity)})`),
            ),
          })}
        </Text>
      )}
    </>
  );
}

/** A legend entry drawn beside the chart, where it can say what the per-bar colours mean. */
export function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background: color }} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
