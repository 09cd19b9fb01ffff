import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schema/staff';
import { formatDay } from '../../../i18n/format';
import { TableHead } from '../../../ui/TableHead';
import type { TeamData } from '../use-team';
import { StaffForm } from './StaffForm';

const statusColor = { active: 'green', on_leave: 'yellow', left: 'gray' } as const;

/** The team members: who they are, their level, capacity and skills. A row opens the person. */
export function StaffTab({ team }: { team: TeamData }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('teamArea.staff.count', { count: team.staff.length })}
        </Text>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing('new')}>
          {t('teamArea.staff.add')}
        </Button>
      </Group>
      <Table striped highlightOnHover data-testid="staff-table">
        <TableHead
          columns={[
            t('team.name'),
            t('team.role'),
            t('team.level'),
            t('teamArea.staff.startDate'),
            t('team.status'),
            { label: t('team.capacity'), align: 'right' },
            t('teamArea.staff.skills'),
          ]}
        />
        <Table.Tbody>
          {team.staff.map((s) => (
            <Table.Tr
              key={s.id}
              style={{ cursor: 'pointer' }}
              tabIndex={0}
              onClick={() => setEditing(s)}
              onKeyDown={(event) => event.key === 'Enter' && setEditing(s)}
              data-name={s.name}
            >
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.name}
                </Text>
              </Table.Td>
              <Table.Td>{s.role}</Table.Td>
              <Table.Td>{t(`level.${s.level}`)}</Table.Td>
              <Table.Td>{formatDay(s.startDate)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColor[s.status]}>
                  {t(`staffStatus.${s.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{s.weeklyCapacityHours}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {s.skills.map((k) => (
                    <Badge key={k.skill} size="sm" variant="outline">
                      {k.skill} {k.level}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <StaffForm team={team} record={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Paper>
  );
}
