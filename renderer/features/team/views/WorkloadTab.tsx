import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/rules/local-date';
import { DateField } from '../../../ui/DateField';
import { isIsoDate } from '../absences/calendar-dates';
import type { TeamData } from '../use-team';
import { CoverageGaps } from './CoverageGaps';
import { CoverageHeatmap } from './CoverageHeatmap';
import { coverageGrid } from './coverage-grid';
import { WorkloadChart } from './WorkloadChart';

const HEATMAP_DAYS = 14;

/** How the work is spread: each person's load against capacity, and who can cover each duty, day by day. */
export function WorkloadTab({ team }: { team: TeamData }) {
  const { t } = useTranslation();
  const today = localIsoDate(new Date());
  const [start, setStart] = useState(today);
  // The typed value is kept apart from the start, so a half-typed date does not redraw the map.
  const [typed, setTyped] = useState(today);
  const grid = useMemo(
    () => coverageGrid(team.duties, team.coverage, start, HEATMAP_DAYS),
    [team.duties, team.coverage, start],
  );
  const moveTo = (value: string) => {
    setTyped(value);
    if (isIsoDate(value)) setStart(value);
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Title order={4}>{t('teamViews.workload.title')}</Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('teamViews.workload.description')}
        </Text>
        <WorkloadChart team={team} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-end" mb="sm">
          <div>
            <Title order={4}>{t('teamViews.heatmap.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('teamViews.heatmap.description', { days: HEATMAP_DAYS })}
            </Text>
          </div>
          <Group gap="xs" align="flex-end">
            <DateField
              label={t('teamViews.heatmap.start')}
              value={typed}
              onChange={moveTo}
              error={isIsoDate(typed) ? undefined : t('teamViews.heatmap.badDate')}
            />
            <Button variant="default" onClick={() => moveTo(today)}>
              {t('teamViews.heatmap.today')}
            </Button>
          </Group>
        </Group>
        <CoverageHeatmap team={team} grid={grid} />
        <Title order={5} mt="md" mb="xs">
          {t('teamViews.gaps.title')}
        </Title>
        <CoverageGaps team={team} grid={grid} />
      </Paper>
    </Stack>
  );
}
