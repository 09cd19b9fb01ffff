import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { loadReviewCycles, loadReviewTemplates } from '../../../db/review-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay, formatNumber } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { CycleBoard } from './CycleBoard';
import { CycleForm } from './CycleForm';
import { CycleStatusBadge } from './CycleStatusBadge';

/**
 * The review cycles, newest first; a click opens a cycle's board. A new cycle needs a template, so an
 * office without one is sent to the Templates tab first.
 */
export function CyclesTab(props: { onTemplates: () => void }) {
  const { t } = useTranslation();
  const { db } = useSession();
  const cycles = useLiveQuery(() => loadReviewCycles(db), [db]);
  const templates = useLiveQuery(() => loadReviewTemplates(db), [db]);
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (!cycles || !templates || !staff) return null;

  const open = openId ? cycles.find((c) => c.id === openId) : undefined;
  if (open) return <CycleBoard cycleId={open.id} onBack={() => setOpenId(null)} />;

  const templateName = (id: string) => templates.find((tpl) => tpl.id === id)?.name ?? '—';
  const newCycle = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="new-cycle">
      {t('reviewsArea.cycle.new')}
    </Button>
  );
  let body: ReactNode;
  if (templates.length === 0 && cycles.length === 0)
    body = (
      <EmptyState
        icon={IconClipboardCheck}
        title={t('reviewsArea.cycle.noTemplateTitle')}
        body={t('reviewsArea.cycle.noTemplateBody')}
        action={{ label: t('reviewsArea.cycle.toTemplates'), onClick: props.onTemplates }}
        testId="cycles-empty"
      />
    );
  else if (cycles.length === 0)
    body = (
      <EmptyState
        icon={IconClipboardCheck}
        title={t('reviewsArea.cycle.emptyTitle')}
        body={t('reviewsArea.cycle.emptyBody')}
        action={{ label: t('reviewsArea.cycle.new'), onClick: () => setCreating(true) }}
        testId="cycles-empty"
      />
    );
  else
    body = (
      <>
        <Group justify="flex-end" mb="sm">
          {newCycle}
        </Group>
        <Paper withBorder radius="md">
          <Table striped highlightOnHover data-testid="cycle-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviewsArea.cycle.name')}</Table.Th>
                <Table.Th>{t('reviewsArea.cycle.period')}</Table.Th>
                <Table.Th>{t('reviewsArea.cycle.template')}</Table.Th>
                <Table.Th ta="right">{t('reviewsArea.cycle.people')}</Table.Th>
                <Table.Th>{t('reviewsArea.cycle.feedbackDue')}</Table.Th>
                <Table.Th>{t('reviewsArea.cycle.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cycles.map((cycle) => (
                <Table.Tr key={cycle.id} data-testid="cycle-row" data-cycle={cycle.name}>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setOpenId(cycle.id)}
                      data-testid="open-cycle"
                    >
                      {cycle.name}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    {t('reviewsArea.period', { from: formatDay(cycle.from), to: formatDay(cycle.to) })}
                  </Table.Td>
                  <Table.Td>{templateName(cycle.templateId)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(cycle.participants.length)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{cycle.feedbackDue ? formatDay(cycle.feedbackDue) : '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <CycleStatusBadge status={cycle.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </>
    );
  return (
    <>
      {body}
      {creating && (
        <CycleForm
          templates={templates}
          staff={staff}
          onClose={() => setCreating(false)}
          onCreated={(cycle) => {
            setCreating(false);
            setOpenId(cycle.id);
          }}
        />
      )}
    </>
  );
}
