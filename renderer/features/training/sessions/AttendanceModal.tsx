import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import type { TrainingSession } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { recordAttendance } from '../../../db/training-commands';
import { notifySaved } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';
import { TableHead } from '../../../ui/TableHead';
import { type AttendanceRow, attendanceFieldOf, attendanceRows } from './attendance';
import { useSessionFormats } from './session-dates';
import type { SessionsData } from './use-sessions-data';

const ratings = ['1', '2', '3', '4', '5'];

/**
 * Who came to a session and what they thought of it: one row for each invited person (present or not, a
 * rating of 1–5, a comment), saved together in one write — all of it or, when refused, none of it.
 */
export function AttendanceModal(props: { data: SessionsData; record: TrainingSession; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const formats = useSessionFormats();
  const { data, record } = props;
  const [rows, setRows] = useState(() => attendanceRows(record));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const course = data.courseTitle(record.courseId) ?? t('trainingArea.sessions.courseGone');

  const change = (index: number, patch: Partial<AttendanceRow>) => {
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setErrors({});
  };

  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      await recordAttendance(session, record.id, rows);
      notifySaved(t('trainingArea.sessions.attendance.saved', { course }));
      props.onClose();
    } catch (caught) {
      const at = caught instanceof Refusal ? attendanceFieldOf(caught.field) : null;
      if (at) setErrors({ [`${at.row}.${at.name}`]: failure(caught) });
      else setError(failure(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      size="xl"
      title={t('trainingArea.sessions.attendance.title', { course })}
      closeButtonProps={{ 'aria-label': t('trainingArea.sessions.attendance.close') }}
    >
      <Stack gap="sm" data-testid="attendance-form">
        <Text size="sm" c="dimmed">
          {formats.when(record.start, record.end)}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('trainingArea.sessions.attendance.nobodyInvited')}</Text>
        ) : (
          <Table data-testid="attendance-table">
            <TableHead
              columns={[
                t('trainingArea.sessions.attendance.person'),
                t('trainingArea.sessions.attendance.present'),
                t('trainingArea.sessions.attendance.rating'),
                t('trainingArea.sessions.attendance.comment'),
              ]}
            />
            <Table.Tbody>
              {rows.map((row, i) => {
                const name = data.nameOf(row.staffId) ?? t('trainingArea.sessions.personGone');
                const rowError = errors[`${i}.staffId`] ?? errors[`${i}.present`];
                return (
                  <Table.Tr key={row.staffId} data-staff={row.staffId}>
                    <Table.Td>
                      {name}
                      {rowError && (
                        <Text size="xs" c="red">
                          {rowError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('trainingArea.sessions.attendance.presentOf', { name })}
                        checked={row.present}
                        onChange={(event) => {
                          const present = event.currentTarget.checked;
                          change(i, present ? { present } : { present, rating: null });
                        }}
                      />
                    </Table.Td>
                    <Table.Td w={110}>
                      <Select
                        aria-label={t('trainingArea.sessions.attendance.ratingOf', { name })}
                        placeholder="—"
                        data={ratings}
                        value={row.rating === null ? null : String(row.rating)}
                        onChange={(value) => change(i, { rating: value ? Number(value) : null })}
                        disabled={!row.present}
                        clearable
                        error={errors[`${i}.rating`]}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('trainingArea.sessions.attendance.commentOf', { name })}
                        value={row.comment}
                        onChange={(event) => change(i, { comment: event.currentTarget.value })}
                        error={errors[`${i}.comment`]}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {error && (
          <Alert color="red" variant="light" data-testid="attendance-error">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          <Button
            variant="subtle"
            disabled={rows.length === 0}
            onClick={() => setRows((all) => all.map((row) => ({ ...row, present: true })))}
          >
            {t('trainingArea.sessions.attendance.allPresent')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('trainingArea.sessions.attendance.cancel')}
            </Button>
            <Button
              onClick={() => void save()}
              loading={busy}
              disabled={rows.length === 0}
              data-testid="attendance-save"
            >
              {t('trainingArea.sessions.attendance.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
