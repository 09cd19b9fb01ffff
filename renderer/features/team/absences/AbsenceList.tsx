import { ActionIcon, Badge, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Absence } from '../../../../shared/schema/absence';
import { formatNumber } from '../../../i18n/format';
import { TableHead } from '../../../ui/TableHead';
import type { TeamData } from '../use-team';
import { dayCount, useDayFormats } from './calendar-dates';

/** Absences that have not ended yet, soonest first: who will be away, so work can be handed on. */
export function AbsenceList(props: {
  team: TeamData;
  today: string;
  onEdit: (absence: Absence) => void;
  onDelete: (absence: Absence) => void;
}) {
  const { t } = useTranslation();
  const formats = useDayFormats();
  const { team, today } = props;
  // team.absences come ordered by `from` already.
  const rows = team.absences.filter((a) => a.to >= today);
  return (
    <Table striped highlightOnHover data-testid="absence-list">
      <TableHead
        columns={[
          t('teamAbsences.list.person'),
          t('teamAbsences.list.kind'),
          t('teamAbsences.list.from'),
          t('teamAbsences.list.to'),
          { label: t('teamAbsences.list.days'), align: 'right' },
          t('teamAbsences.list.note'),
          { ariaLabel: t('teamAbsences.list.actions') },
        ]}
      />
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={7}>
              <Text size="sm" c="dimmed" ta="center">
                {t('teamAbsences.list.empty')}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map((a) => {
          const name = team.nameOf(a.staffId) ?? '—';
          return (
            <Table.Tr key={a.id} data-absence={a.id}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {t(`teamAbsences.kind.${a.kind}`)}
                  {a.from <= today && (
                    <Badge size="xs" variant="light">
                      {t('teamAbsences.list.current')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{formats.date(a.from)}</Table.Td>
              <Table.Td>{formats.date(a.to)}</Table.Td>
              <Table.Td ta="right">{formatNumber(dayCount(a.from, a.to))}</Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" truncate title={a.note}>
                  {a.note}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('teamAbsences.list.edit', { name })}
                    onClick={() => props.onEdit(a)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('teamAbsences.list.delete', { name })}
                    onClick={() => props.onDelete(a)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
