import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CareRecord, isArrangement, isWelfare } from '../../../../shared/schema/care';
import { useSession } from '../../../app/session-context';
import { useOfficeCurrency } from '../../../app/use-office-currency';
import { arrangementsOn, loadCareRecords } from '../../../db/care-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatAmount, formatDay, formatNumber } from '../../../i18n/format';
import { useToday } from '../../../ui/use-today';
import { CareForm } from './CareForm';
import { RowActions } from './RowActions';
import { useUndoableRemove } from './use-undoable-remove';

/**
 * Staff care (confidential, like reviews): care notes per person, welfare items (meal and transport
 * allowances, festival gifts) with their amounts, and flexible-hours or remote-work arrangements; the ones
 * in force today and the year's welfare at the top.
 */
export function CareTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const currency = useOfficeCurrency();
  const [person, setPerson] = useState<string | null>(null);
  const records = useLiveQuery(() => loadCareRecords(db), [db]);
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  const [draft, setDraft] = useState<{ record?: CareRecord } | null>(null);
  const { remove: removeRecord, modal: confirmModal } = useUndoableRemove<CareRecord>('care', (r) => ({
    name: staff?.find((s) => s.id === r.staffId)?.name ?? t('routinesArea.care.personGone'),
  }));
  if (!records || !staff || !currency) return null;
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? t('routinesArea.care.personGone');
  const shown = person ? records.filter((r) => r.staffId === person) : records;
  const arrangements = arrangementsOn(shown, today);
  const year = today.slice(0, 4);
  const welfare = shown.filter((r) => isWelfare(r.kind) && r.date.startsWith(year));
  const spent = welfare.reduce((sum, r) => sum + (r.amount ?? 0), 0);
  const period = (r: CareRecord) =>
    !isArrangement(r.kind)
      ? ''
      : r.until
        ? t('routinesArea.care.until', { from: formatDay(r.date), until: formatDay(r.until) })
        : t('routinesArea.care.openEnded', { from: formatDay(r.date) });

  const remove = (record: CareRecord) => {
    setDraft(null);
    removeRecord(record);
  };

  return (
    <Stack gap="md" data-testid="care-tab">
      {confirmModal}
      <Alert color="grape" icon={<IconLock size={18} />} data-testid="care-confidential">
        {t('routinesArea.care.confidential')}
      </Alert>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('routinesArea.care.person')}
          placeholder={t('routinesArea.care.allPeople')}
          clearable
          searchable
          w={240}
          data={staff.map((s) => ({ value: s.id, label: s.name }))}
          value={person}
          onChange={setPerson}
          data-testid="care-filter"
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDraft({})} data-testid="new-care">
          {t('routinesArea.care.add')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md" data-testid="care-arrangements">
          <Title order={2} size="h4" mb="xs">
            {t('routinesArea.care.arrangementsTitle')}
          </Title>
          {arrangements.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('routinesArea.care.noArrangements')}
            </Text>
          ) : (
            arrangements.map((r) => (
              <Text size="sm" key={r.id}>
                {nameOf(r.staffId)} · {t(`routinesArea.care.kind.${r.kind}`)} · {period(r)}
              </Text>
            ))
          )}
        </Paper>
        <Paper withBorder p="md" radius="md" data-testid="care-welfare-total">
          <Title order={2} size="h4" mb="xs">
            {t('routinesArea.care.totalTitle')}
          </Title>
          <Text size="sm">
            {t('routinesArea.care.total', {
              amount: formatAmount(spent, currency.code),
              count: welfare.length,
              formattedCount: formatNumber(welfare.length),
            })}
          </Text>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('routinesArea.care.title')}
        </Title>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="care-empty">
            {t('routinesArea.care.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table data-testid="care-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('routinesArea.care.col.date')}</Table.Th>
                  <Table.Th>{t('routinesArea.care.col.person')}</Table.Th>
                  <Table.Th>{t('routinesArea.care.col.kind')}</Table.Th>
                  <Table.Th ta="right">{t('routinesArea.care.col.amount')}</Table.Th>
                  <Table.Th>{t('routinesArea.care.col.period')}</Table.Th>
                  <Table.Th>{t('routinesArea.care.col.text')}</Table.Th>
                  <Table.Th>{t('routinesArea.care.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r) => (
                  <Table.Tr key={r.id} data-testid="care-row" data-kind={r.kind}>
                    <Table.Td>{formatDay(r.date)}</Table.Td>
                    <Table.Td>{nameOf(r.staffId)}</Table.Td>
                    <Table.Td>{t(`routinesArea.care.kind.${r.kind}`)}</Table.Td>
                    <Table.Td ta="right">
                      {r.amount === null ? '' : formatAmount(r.amount, currency.code)}
                    </Table.Td>
                    <Table.Td>{period(r)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {r.text}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        kind="care"
                        editLabel={t('routinesArea.care.edit', { name: nameOf(r.staffId) })}
                        deleteLabel={t('routinesArea.care.delete', { name: nameOf(r.staffId) })}
                        onEdit={() => setDraft({ record: r })}
                        onDelete={() => remove(r)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {draft && (
        <CareForm
          record={draft.record}
          staff={staff}
          preset={{ staffId: person ?? '', date: today }}
          currency={currency}
          onClose={() => setDraft(null)}
          onDelete={remove}
        />
      )}
    </Stack>
  );
}
