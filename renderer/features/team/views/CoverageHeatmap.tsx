import { Group, Text, useMantineTheme } from '@mantine/core';
import type { TooltipItem } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { ChartFigures } from '../../../ui/ChartFigures';
import { TypedChart } from '../../../ui/charts';
import { useDayFormats } from '../absences/calendar-dates';
import type { TeamData } from '../use-team';
import type { CoverageGrid, HeatCell } from './coverage-grid';
import { Swatch } from './WorkloadChart';

const ROW_PX = 30;

/**
 * Duties × days, each cell coloured by how many of the duty's holders can work that day: none red,
 * one amber (a single absence away from a gap), two or more green.
 */
export function CoverageHeatmap({ team, grid }: { team: TeamData; grid: CoverageGrid }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const formats = useDayFormats();
  const colors = { none: theme.colors.red[6], one: theme.colors.yellow[5], more: theme.colors.green[6] };
  const colorOf = (v: number) => (v === 0 ? colors.none : v === 1 ? colors.one : colors.more);
  const { days, rows } = grid;
  // Scriptable options are also resolved for the dataset as a whole, where there is no cell.
  const cellOf = (raw: unknown) => raw as HeatCell | undefined;

  const ownerLine = (cell: HeatCell) => {
    const { owner } = cell;
    if (owner.staffId === null) return t('teamViews.heatmap.uncovered');
    const name = team.nameOf(owner.staffId) ?? '—';
    return t(owner.as === 'primary' ? 'teamViews.heatmap.ownerPrimary' : 'teamViews.heatmap.ownerBackup', {
      name,
    });
  };

  return (
    <>
      <div
        data-testid="coverage-heatmap"
        data-gaps={grid.gaps.length}
        style={{ position: 'relative', height: rows.length * ROW_PX + 80 }}
      >
        <TypedChart
          type="matrix"
          role="img"
          aria-label={t('teamViews.heatmap.chartLabel', { from: formats.date(days[0] ?? '') })}
          data={{
            datasets: [
              {
                label: t('teamViews.heatmap.title'),
                data: grid.cells,
                backgroundColor: (ctx) => colorOf(cellOf(ctx.raw)?.v ?? 0),
                borderColor: theme.white,
                borderWidth: 1,
                width: ({ chart }) => Math.max(0, (chart.chartArea?.width ?? 0) / days.length - 2),
                height: ({ chart }) => Math.max(0, (chart.chartArea?.height ?? 0) / rows.length - 2),
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            animation: false,
            scales: {
              x: {
                type: 'category',
                labels: days,
                offset: true,
                grid: { display: false },
                ticks: { callback: (_value, index) => formats.dayShort(days[index] ?? '') },
              },
              y: {
                type: 'category',
                labels: rows.map((r) => r.label),
                offset: true,
                reverse: false,
                grid: { display: false },
              },
            },
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  title: (items: TooltipItem<'matrix'>[]) => cellOf(items[0]?.raw)?.y ?? '',
                  label: (item: TooltipItem<'matrix'>) => {
                    const cell = cellOf(item.raw);
                    if (!cell) return '';
                    return [
                      formats.date(cell.x),
                      t('teamViews.heatmap.available', { available: cell.v, holders: cell.holders }),
                      ownerLine(cell),
                    ];
                  },
                },
              },
            },
          }}
        />
      </div>
      <ChartFigures
        caption={t('teamViews.heatmap.title')}
        columns={[t('teamViews.heatmap.duty'), ...days.map((day) => formats.date(day))]}
        rows={rows.map((row) => ({
          key: row.dutyId,
          cells: [
            row.label,
            ...days.map((day) =>
              String(grid.cells.find((c) => c.dutyId === row.dutyId && c.x === day)?.v ?? 0),
            ),
          ],
        }))}
      />
      <Group gap="md" mt="xs">
        <Swatch color={colors.none} label={t('teamViews.heatmap.legendNone')} />
        <Swatch color={colors.one} label={t('teamViews.heatmap.legendOne')} />
        <Swatch color={colors.more} label={t('teamViews.heatmap.legendMore')} />
      </Group>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('teamViews.heatmap.noDuties')}
        </Text>
      )}
    </>
  );
}
