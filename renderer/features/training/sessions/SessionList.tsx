import { ActionIcon, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPrinter, IconUserCheck, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../shared/schema/training';
import { formatNumber } from '../../../i18n/format';
import { TableHead } from '../../../ui/TableHead';
import { presentCount } from './attendance';
import { splitSessions, useSessionFormats } from './session-dates';
import type { SessionsData } from './use-sessions-data';

export interface SessionActions {
  onEdit: (record: TrainingSession) => void;
  onAttendance: (record: TrainingSession) => void;
  onPrint: (record: TrainingSession) => void;
}

/** The sessions still to come (soonest first), then those held (latest first), each a table. */
export function SessionList(props: SessionActions & { data: SessionsData; now: number }) {
  const { t } = useTranslation();
  const { upcoming, past } = splitSessions(props.data.sessions, props.now);
  return (
    <Stack gap="lg">
      <SessionTable
        {...props}
        title={t('trainingArea.sessions.list.upcoming')}
        empty={t('trainingArea.sessions.list.noUpcoming')}
        rows={upcoming}
        testId="sessions-upcoming"
      />
      <SessionTable
        {...props}
        title={t('trainingArea.sessions.list.past')}
        empty={t('trainingArea.sessions.list.noPast')}
        rows={past}
        testId="sessions-past"
      />
    </Stack>
  );
}

function SessionTable(
  props: SessionActions & {
    data: SessionsData;
    title: string;
    empty: string;
    rows: TrainingSession[];
    testId: string;
  },
) {
  const { t } = useTranslation();
  const formats = useSessionFormats();
  const { data } = props;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {props.title}
      </Title>
      <Table striped highlightOnHover data-testid={props.testId}>
        <TableHead
          columns={[
            t('trainingArea.sessions.list.course'),
            t('trainingArea.sessions.list.when'),
            t('trainingArea.sessions.list.where'),
            t('trainingArea.sessions.list.trainer'),
            { label: t('trainingArea.sessions.list.invited'), align: 'right' },
            { label: t('trainingArea.sessions.list.present'), align: 'right' },
            { ariaLabel: t('trainingArea.sessions.list.actions') },
          ]}
        />
        <Table.Tbody>
          {props.rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed" ta="center">
                  {props.empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {props.rows.map((s) => {
            const course = data.courseTitle(s.courseId) ?? t('trainingArea.sessions.courseGone');
            const when = formats.when(s.start, s.end);
            const present = presentCount(s);
            const named = { course, when };
            return (
              <Table.Tr key={s.id} data-testid="session-row" data-session={s.id}>
                <Table.Td>{course}</Table.Td>
                <Table.Td>{when}</Table.Td>
                <Table.Td maw={240}>
                  {s.place && (
                    <Text size="sm" truncate title={s.place}>
                      {s.place}
                    </Text>
                  )}
                  {s.link && (
                    <Group gap={4} wrap="nowrap">
                      <IconWorld size={14} aria-hidden />
                      <Text size="sm" truncate title={s.link}>
                        {s.link}
                      </Text>
                    </Group>
                  )}
                  {!s.place && !s.link && '—'}
                </Table.Td>
                <Table.Td>{s.trainer || '—'}</Table.Td>
                <Table.Td ta="right">{formatNumber(s.invited.length)}</Table.Td>
                <Table.Td ta="right" data-testid="session-present">
                  {present === null ? '—' : formatNumber(present)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('trainingArea.sessions.list.attendanceOf', named)}
                      title={t('trainingArea.sessions.list.attendance')}
                      onClick={() => props.onAttendance(s)}
                      data-testid="session-attendance"
                    >
                      <IconUserCheck size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('trainingArea.sessions.list.printOf', named)}
                      title={t('trainingArea.sessions.list.print')}
                      onClick={() => props.onPrint(s)}
                      data-testid="print-sign-in"
                    >
                      <IconPrinter size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('trainingArea.sessions.list.editOf', named)}
                      title={t('trainingArea.sessions.list.edit')}
                      onClick={() => props.onEdit(s)}
                      data-testid="session-edit"
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
