import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { standardDuties } from '../../../../shared/rules/standard-duties';
import type { Duty } from '../../../../shared/schema/duty';
import { useSession } from '../../../app/session-context';
import { formatNumber } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { failureText } from '../../../ui/refusal-text';
import { TableHead } from '../../../ui/TableHead';
import type { TeamData } from '../use-team';
import { DutyForm } from './DutyForm';
import { RemoveDutyModal } from './RemoveDutyModal';

/** The duty catalogue: what the office does every week, who holds it and which orders it covers. */
export function DutiesTab({ team }: { team: TeamData }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Duty | 'new' | null>(null);
  const [removing, setRemoving] = useState<Duty | null>(null);
  // The live version, so the question names who holds the duty now.
  const removal = removing && team.duties.find((d) => d.id === removing.id);
  const totalHours = team.duties.reduce((sum, d) => sum + d.hoursPerWeek, 0);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="duties-count">
          {team.duties.length > 0 &&
            t('teamDuties.count', { n: formatNumber(team.duties.length), hours: formatNumber(totalHours) })}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('teamDuties.newDuty')}
        </Button>
      </Group>
      {team.duties.length === 0 ? <StandardDutiesOffer /> : <DutyTable team={team} onOpen={setEditing} />}
      {editing && (
        <DutyForm
          record={editing === 'new' ? null : editing}
          team={team}
          onClose={() => setEditing(null)}
          onDelete={(record) => {
            setEditing(null);
            setRemoving(record);
          }}
        />
      )}
      {removal && <RemoveDutyModal duty={removal} team={team} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}

/** An office without duties can start from the eight standard ones, in the language it works in. */
function StandardDutiesOffer() {
  const { t, i18n } = useTranslation();
  const { repos } = useSession();
  const [busy, setBusy] = useState(false);
  const seed = async () => {
    if (busy) return;
    setBusy(true);
    try {
      // One transaction: all eight or none.
      const created = await repos.duties.bulkCreate(
        standardDuties(i18n.language === 'zh-CN' ? 'zh-CN' : 'en'),
      );
      notifySaved(t('teamDuties.seeded', { n: created.length }));
    } catch (error) {
      notifyFailed(
        t('teamDuties.seedFailed', {
          message: failureText(t, error),
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <EmptyState
      icon={IconListCheck}
      title={t('teamDuties.empty.title')}
      body={t('teamDuties.empty.body')}
      action={{ label: t('teamDuties.empty.seed'), onClick: () => void seed() }}
    />
  );
}

function DutyTable({ team, onOpen }: { team: TeamData; onOpen: (duty: Duty) => void }) {
  const { t } = useTranslation();
  const person = (id: string) => team.nameOf(id) ?? t('teamDuties.formerMember');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t('teamDuties.tableLabel')}
        data-testid="duties-table"
      >
        <TableHead
          columns={[
            t('teamDuties.columns.name'),
            t('teamDuties.columns.complexity'),
            { label: t('teamDuties.columns.hours'), align: 'right' },
            t('teamDuties.columns.skill'),
            t('teamDuties.columns.covers'),
            t('teamDuties.columns.primary'),
            t('teamDuties.columns.backups'),
          ]}
        />
        <Table.Tbody>
          {team.duties.map((duty) => (
            <Table.Tr
              key={duty.id}
              data-duty={duty.name}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(duty)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onOpen(duty);
              }}
            >
              <Table.Td maw={280}>
                <Text size="sm" fw={500}>
                  {duty.name}
                </Text>
                {duty.description && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {duty.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`complexity.${duty.complexity}`)}</Table.Td>
              <Table.Td ta="right">{formatNumber(duty.hoursPerWeek)}</Table.Td>
              <Table.Td>
                {duty.requiredSkill
                  ? t('teamDuties.skillLevel', { skill: duty.requiredSkill, level: duty.requiredLevel })
                  : t('teamDuties.nobody')}
              </Table.Td>
              <Table.Td>
                <Covers duty={duty} />
              </Table.Td>
              <Table.Td>{duty.primaryId ? person(duty.primaryId) : t('teamDuties.nobody')}</Table.Td>
              <Table.Td>
                {duty.backupIds.length > 0 ? duty.backupIds.map(person).join(', ') : t('teamDuties.nobody')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Which orders the duty covers (segments and regions, or all), and whether it routes them. */
function Covers({ duty }: { duty: Duty }) {
  const { t } = useTranslation();
  const { segments, regions } = duty.covers;
  const scope = [...segments.map((s) => t(`segment.${s}`)), ...regions];
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{scope.length > 0 ? scope.join(' · ') : t('teamDuties.allOrders')}</Text>
      {duty.routesOrders && (
        <Badge size="sm" variant="light" color="teal">
          {t('teamDuties.routesOrders')}
        </Badge>
      )}
    </Group>
  );
}
