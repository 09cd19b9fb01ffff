import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableHead } from '../../../ui/TableHead';
import { useDayFormats } from '../absences/calendar-dates';
import type { TeamData } from '../use-team';
import type { CoverageGrid } from './coverage-grid';

/** The heat map's red cells as a list: the days a duty has nobody available, and who holds it. */
export function CoverageGaps({ team, grid }: { team: TeamData; grid: CoverageGrid }) {
  const { t } = useTranslation();
  const formats = useDayFormats();
  if (grid.gaps.length === 0)
    return (
      <Text size="sm" c="green" data-testid="coverage-gaps-none">
        {t('teamViews.gaps.none', { days: grid.days.length })}
      </Text>
    );
  const holdersOf = new Map(grid.rows.map((r) => [r.dutyId, r.holderIds]));
  return (
    <Table striped data-testid="coverage-gaps">
      <TableHead columns={[t('teamViews.gaps.day'), t('teamViews.gaps.duty'), t('teamViews.gaps.holders')]} />
      <Table.Tbody>
        {grid.gaps.map((gap) => {
          const holders = (holdersOf.get(gap.dutyId) ?? []).map((id) => team.nameOf(id) ?? '—');
          return (
            <Table.Tr key={`${gap.dutyId}-${gap.x}`} data-day={gap.x}>
              <Table.Td>{formats.dayShort(gap.x)}</Table.Td>
              <Table.Td>{gap.y}</Table.Td>
              <Table.Td>{holders.length ? holders.join(' · ') : t('teamViews.gaps.nobodyAssigned')}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
