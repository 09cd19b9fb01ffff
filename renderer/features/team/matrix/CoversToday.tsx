import { Badge, Group, Paper, Table, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveOwner } from '../../../../shared/rules/coverage';
import type { Duty } from '../../../../shared/schema/duty';
import { DateField, parseDay } from '../../../ui/DateField';
import { TableHead } from '../../../ui/TableHead';
import { useToday } from '../../../ui/use-today';
import type { TeamData } from '../use-team';

// Who does each duty on a chosen day: the primary, else the first available backup, else nobody
// (flagged). Submitted orders go by the same rule (shared/rules/coverage-assignment.ts).

const asColor = { primary: 'blue', backup: 'orange', uncovered: 'red' } as const;

export const CoversToday = memo(function CoversToday({
  team,
  duties,
}: {
  team: TeamData;
  duties: readonly Duty[];
}) {
  const { t } = useTranslation();
  const today = useToday();
  // The day shown follows today until the manager picks another.
  const [picked, setDate] = useState<string | null>(null);
  const date = picked ?? today;
  const staff = useMemo(() => new Map(team.coverage.staff.map((s) => [s.id, s])), [team.coverage.staff]);
  return (
    <Paper withBorder p="md" radius="md" data-testid="covers-today">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('teamArea.covers.title')}</Title>
        <DateField
          size="xs"
          aria-label={t('teamArea.covers.date')}
          value={date}
          onChange={(day) => parseDay(day) && setDate(day)}
        />
      </Group>
      <Table striped>
        <TableHead columns={[t('team.duty'), t('teamArea.covers.owner'), t('teamArea.covers.as')]} />
        <Table.Tbody>
          {duties.map((duty) => {
            const owner = effectiveOwner(duty, date, staff, team.coverage.absences);
            return (
              <Table.Tr key={duty.id} data-duty={duty.name}>
                <Table.Td>{duty.name}</Table.Td>
                <Table.Td data-testid="cover-owner">{team.nameOf(owner.staffId) ?? t('team.none')}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={asColor[owner.as]}>
                    {t(`teamArea.covers.${owner.as}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
});
