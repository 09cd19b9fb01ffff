import { Badge, Button, Group, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProcessKind, processKinds, type Sop } from '../../../../shared/schema/sop';
import { useSession } from '../../../app/session-context';
import { loadSopList, loadSopView } from '../../../db/sop-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { useToday } from '../../../ui/use-today';
import { SopDetail } from './sops/SopDetail';
import { SopForm } from './sops/SopForm';

/**
 * The office's process documents (SOPs), by process: each with its owner, the version in force, its
 * review date (passed: flagged) and how many of the active staff acknowledged that version. A document
 * opens below the list: its body, its draft, its versions with a diff, and who read it.
 */
export function SopsTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const [process, setProcess] = useState<ProcessKind | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** The document in the card form: null for a new one; undefined while it is closed. */
  const [editing, setEditing] = useState<Sop | null | undefined>(undefined);
  const data = useLiveQuery(async () => {
    const [rows, staff] = await Promise.all([loadSopList(db, today), loadStaff(db)]);
    const view = selectedId ? await loadSopView(db, selectedId, today) : null;
    return { rows, staff, view };
  }, [db, today, selectedId]);
  if (!data) return null;
  const rows = data.rows.filter((r) => process === null || r.sop.process === process);
  return (
    <Stack gap="md" data-testid="sops-tab">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('routinesArea.sops.filter')}
          w={240}
          data={[
            { value: 'all', label: t('routinesArea.process.all') },
            ...processKinds.map((p) => ({ value: p, label: t(`routinesArea.process.${p}`) })),
          ]}
          value={process ?? 'all'}
          allowDeselect={false}
          onChange={(v) => setProcess(!v || v === 'all' ? null : (v as ProcessKind))}
          data-testid="sops-process-filter"
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)} data-testid="new-sop">
          {t('routinesArea.sops.new')}
        </Button>
      </Group>
      {data.rows.length === 0 ? (
        <EmptyState
          icon={IconFileText}
          title={t('routinesArea.sops.emptyTitle')}
          body={t('routinesArea.sops.emptyBody')}
          action={{ label: t('routinesArea.sops.new'), onClick: () => setEditing(null) }}
          testId="sops-empty"
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover data-testid="sops-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('routinesArea.sops.col.title')}</Table.Th>
                <Table.Th>{t('routinesArea.sops.col.process')}</Table.Th>
                <Table.Th>{t('routinesArea.sops.col.owner')}</Table.Th>
                <Table.Th>{t('routinesArea.sops.col.version')}</Table.Th>
                <Table.Th>{t('routinesArea.sops.col.review')}</Table.Th>
                <Table.Th>{t('routinesArea.sops.col.acks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed">
                      {t('routinesArea.sops.noneForProcess')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {rows.map((row) => (
                <Table.Tr
                  key={row.sop.id}
                  data-testid="sop-row"
                  data-title={row.sop.title}
                  bg={row.sop.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => setSelectedId(row.sop.id)}
                      aria-pressed={row.sop.id === selectedId}
                      data-testid="sop-open"
                      fw={500}
                      c="blue.9"
                    >
                      {row.sop.title}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{t(`routinesArea.process.${row.sop.process}`)}</Table.Td>
                  <Table.Td>{row.ownerName ?? t('routinesArea.sops.unknownPerson')}</Table.Td>
                  <Table.Td data-testid="sop-row-version">
                    {row.current ? `v${row.current.version}` : t('routinesArea.sops.notPublished')}
                  </Table.Td>
                  <Table.Td>
                    {row.sop.reviewOn === null ? (
                      '—'
                    ) : row.reviewDue ? (
                      <Badge color="red" variant="light" data-testid="sop-row-review-due">
                        {t('routinesArea.sops.reviewDue', { date: formatDay(row.sop.reviewOn) })}
                      </Badge>
                    ) : (
                      formatDay(row.sop.reviewOn)
                    )}
                  </Table.Td>
                  <Table.Td data-testid="sop-row-acks">
                    {row.current
                      ? t('routinesArea.sops.acksOf', { read: row.acknowledged, total: row.activeStaff })
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.view && (
        <SopDetail
          key={data.view.sop.id}
          view={data.view}
          onEdit={() => setEditing(data.view?.sop ?? null)}
        />
      )}
      {editing !== undefined && (
        <SopForm
          sop={editing}
          staff={data.staff}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => setSelectedId(saved.id)}
        />
      )}
    </Stack>
  );
}
