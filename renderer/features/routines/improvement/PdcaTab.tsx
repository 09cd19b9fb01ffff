import { Badge, Button, Group, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconPlus, IconRefresh } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdcaCycle, PdcaPhase } from '../../../../shared/schema/pdca';
import { type ProcessKind, processKinds } from '../../../../shared/schema/sop';
import { useSession } from '../../../app/session-context';
import { loadPdcaChoices, loadPdcaList, loadPdcaView } from '../../../db/pdca-queries';
import { loadDuties, loadStaff } from '../../../db/team-queries';
import { formatDay } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { useToday } from '../../../ui/use-today';
import { PdcaDetail } from './pdca/PdcaDetail';
import { PdcaForm } from './pdca/PdcaForm';

export const phaseColor: Record<PdcaPhase, string> = {
  plan: 'gray',
  do: 'blue',
  check: 'violet',
  act: 'orange',
  closed: 'teal',
};

/**
 * PDCA improvement cycles, per process (the history of a process: its cycles, newest first, closed ones
 * included): each with its phase and how far its tasks got. A cycle opens below the list with its Plan,
 * Do, Check and Act.
 */
export function PdcaTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const [process, setProcess] = useState<ProcessKind | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<PdcaCycle | null | undefined>(undefined);
  const data = useLiveQuery(async () => {
    const [rows, staff, duties, choices] = await Promise.all([
      loadPdcaList(db, process),
      loadStaff(db),
      loadDuties(db),
      loadPdcaChoices(db),
    ]);
    const view = selectedId ? await loadPdcaView(db, selectedId, today) : null;
    return { rows, staff, duties, choices, view };
  }, [db, process, selectedId, today]);
  if (!data) return null;
  return (
    <Stack gap="md" data-testid="pdca-tab">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('routinesArea.pdca.filter')}
          w={240}
          allowDeselect={false}
          data={[
            { value: 'all', label: t('routinesArea.process.all') },
            ...processKinds.map((p) => ({ value: p, label: t(`routinesArea.process.${p}`) })),
          ]}
          value={process ?? 'all'}
          onChange={(v) => setProcess(!v || v === 'all' ? null : (v as ProcessKind))}
          data-testid="pdca-process-filter"
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)} data-testid="new-pdca">
          {t('routinesArea.pdca.new')}
        </Button>
      </Group>
      {data.rows.length === 0 && process === null ? (
        <EmptyState
          icon={IconRefresh}
          title={t('routinesArea.pdca.emptyTitle')}
          body={t('routinesArea.pdca.emptyBody')}
          action={{ label: t('routinesArea.pdca.new'), onClick: () => setEditing(null) }}
          testId="pdca-empty"
        />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover data-testid="pdca-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('routinesArea.pdca.col.title')}</Table.Th>
                <Table.Th>{t('routinesArea.pdca.col.process')}</Table.Th>
                <Table.Th>{t('routinesArea.pdca.col.phase')}</Table.Th>
                <Table.Th>{t('routinesArea.pdca.col.before')}</Table.Th>
                <Table.Th>{t('routinesArea.pdca.col.tasks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {t('routinesArea.pdca.noneForProcess')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {data.rows.map(({ cycle, tasks, tasksDone }) => (
                <Table.Tr
                  key={cycle.id}
                  data-testid="pdca-row"
                  data-title={cycle.title}
                  bg={cycle.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => setSelectedId(cycle.id)}
                      aria-pressed={cycle.id === selectedId}
                      fw={500}
                      c="blue.9"
                      data-testid="pdca-open"
                    >
                      {cycle.title}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{t(`routinesArea.process.${cycle.process}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={phaseColor[cycle.phase]} data-testid="pdca-row-phase">
                      {t(`routinesArea.pdca.phase.${cycle.phase}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {formatDay(cycle.beforeFrom)} – {formatDay(cycle.beforeTo)}
                  </Table.Td>
                  <Table.Td>{t('routinesArea.pdca.tasksDone', { done: tasksDone, total: tasks })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.view && (
        <PdcaDetail
          key={data.view.cycle.id}
          view={data.view}
          staff={data.staff}
          sops={data.choices.sops}
          duties={data.duties}
          today={today}
          onEdit={() => setEditing(data.view?.cycle ?? null)}
        />
      )}
      {editing !== undefined && (
        <PdcaForm
          cycle={editing}
          goals={data.choices.goals}
          today={today}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => setSelectedId(saved.id)}
        />
      )}
    </Stack>
  );
}
