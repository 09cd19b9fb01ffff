import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconFlag, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import { daysToResolve, isComplaint, nextIncidentStatus } from '../../../../shared/rules/routines/risk';
import type { Incident, IncidentStatus, Severity } from '../../../../shared/schema/risk';
import { useSession } from '../../../app/session-context';
import { advanceIncident } from '../../../db/risk-commands';
import { type IncidentRow, loadIncidents, loadRiskChoices } from '../../../db/risk-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay, formatList } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';
import { useOwnSaves } from '../../../ui/use-own-saves';
import { useToday } from '../../../ui/use-today';
import { CloseComplaint } from './CloseComplaint';
import { IncidentForm } from './IncidentForm';
import type { IncidentFormValues } from './incident-form';
import { wrapping } from './RisksTab';

const severityColor: Record<Severity, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};
const statusColor: Record<IncidentStatus, string> = {
  received: 'blue',
  investigating: 'violet',
  resolved: 'teal',
  closed: 'gray',
};

/** Incidents, newest first, each moved on a step at a time; a complaint is closed with the customer's satisfaction. */
export function IncidentsTab(props: { start?: Partial<IncidentFormValues> }) {
  const { t } = useTranslation();
  const session = useSession();
  const { db } = session;
  const today = useToday();
  const failure = useFailureText();
  const data = useLiveQuery(
    async () => ({
      rows: await loadIncidents(db),
      staff: await loadStaff(db),
      risks: await loadRiskChoices(db),
    }),
    [db],
  );
  const [editing, setEditing] = useState<{ row: IncidentRow | null } | null>(
    props.start ? { row: null } : null,
  );
  const [closing, setClosing] = useState<{ row: IncidentRow; error: string | null } | null>(null);
  // Each row shows its incident as this tab last moved it on (see useOwnSaves).
  const own = useOwnSaves<Incident>();
  if (!data) return null;
  const rows = data.rows.map((row) => ({ ...row, incident: own.newest(row.incident) }));

  const step = async (row: IncidentRow, satisfaction?: number | null) => {
    const { incident } = row;
    try {
      const saved = await advanceIncident(session, incident.id, { today, satisfaction, rev: incident.rev });
      own.keep(saved);
      setClosing(null);
      notifySaved(
        t('routinesArea.incidents.advanced', {
          title: saved.title,
          status: t(`routinesArea.incidents.statuses.${saved.status}`),
        }),
      );
    } catch (error) {
      if (closing && error instanceof Refusal && error.code === 'incident.satisfactionRequired')
        setClosing({ row, error: failure(error) });
      else notifyFailed(failure(error));
    }
  };
  const advance = (row: IncidentRow) => {
    const next = nextIncidentStatus(row.incident.status);
    if (next === 'closed' && isComplaint(row.incident)) setClosing({ row, error: null });
    else void step(row);
  };

  const form = editing && (
    <IncidentForm
      row={editing.row}
      staff={data.staff}
      risks={data.risks}
      start={editing.row ? undefined : props.start}
      onClose={() => setEditing(null)}
    />
  );
  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing({ row: null })}
      data-testid="new-incident"
    >
      {t('routinesArea.incidents.new')}
    </Button>
  );
  return (
    <>
      {rows.length === 0 ? (
        <>
          <EmptyState
            icon={IconFlag}
            title={t('routinesArea.incidents.emptyTitle')}
            body={t('routinesArea.incidents.emptyBody')}
            testId="incidents-empty"
          />
          <Group justify="center" mt="sm">
            {add}
          </Group>
        </>
      ) : (
        <Stack gap="xs">
          <Group justify="flex-end">{add}</Group>
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover data-testid="incident-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('routinesArea.incidents.date')}</Table.Th>
                    <Table.Th>{t('routinesArea.incidents.title')}</Table.Th>
                    <Table.Th>{t('routinesArea.incidents.category')}</Table.Th>
                    <Table.Th>{t('routinesArea.incidents.severity')}</Table.Th>
                    <Table.Th>{t('routinesArea.incidents.status')}</Table.Th>
                    <Table.Th>{t('routinesArea.incidents.daysToResolve')}</Table.Th>
                    <Table.Th>{t('routinesArea.incidents.links')}</Table.Th>
                    <Table.Th>{t('routinesArea.incidents.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <IncidentLine
                      key={row.incident.id}
                      row={row}
                      onOpen={() => setEditing({ row })}
                      onAdvance={() => advance(row)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
      {form}
      {closing && (
        <CloseComplaint
          title={closing.row.incident.title}
          error={closing.error}
          onClose={() => setClosing(null)}
          onConfirm={(satisfaction) => void step(closing.row, satisfaction)}
        />
      )}
    </>
  );
}

function IncidentLine(props: { row: IncidentRow; onOpen: () => void; onAdvance: () => void }) {
  const { t } = useTranslation();
  const { incident } = props.row;
  // From the incident shown, which may be this tab's own save ahead of the list's refresh.
  const days = daysToResolve(incident);
  const next = nextIncidentStatus(incident.status);
  const links = [
    ...props.row.orders.map((o) => o.number),
    ...props.row.customers.map((c) => c.name),
    ...props.row.staff.map((s) => s.name),
  ].filter(Boolean);
  return (
    <Table.Tr data-incident={incident.title}>
      <Table.Td>{formatDay(incident.date)}</Table.Td>
      <Table.Td>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={props.onOpen}
          styles={wrapping}
          data-testid="incident-open"
        >
          {incident.title}
        </Button>
      </Table.Td>
      <Table.Td>{t(`routinesArea.categories.${incident.category}`)}</Table.Td>
      <Table.Td>
        <Badge color={severityColor[incident.severity]} variant="light" style={{ minWidth: 'max-content' }}>
          {t(`routinesArea.incidents.severities.${incident.severity}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Badge
          color={statusColor[incident.status]}
          variant="light"
          style={{ minWidth: 'max-content' }}
          data-testid="incident-status-badge"
        >
          {t(`routinesArea.incidents.statuses.${incident.status}`)}
        </Badge>
        {incident.satisfaction !== null && (
          <Text size="xs" c="dimmed">
            {t('routinesArea.incidents.satisfaction')}: {incident.satisfaction}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="incident-days">
        {days === null
          ? t('routinesArea.incidents.unresolved')
          : t('routinesArea.incidents.days', { count: days })}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatList(links)}</Text>
        {props.row.risk && (
          <Text size="xs" c="dimmed">
            {t('routinesArea.incidents.risk')}: {props.row.risk.title}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {next && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={props.onAdvance}
            data-testid={`incident-advance-${next}`}
          >
            {t(`routinesArea.incidents.advance.${next}`)}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
