import { Badge, Button, Group, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordFieldNames, type TableName } from '../../../shared/schema/tables';
import { useOfficeCurrency } from '../../app/use-office-currency';
import type { Conflict } from '../../db/package-import';
import { formatFieldValue, recordLabel } from './field-value';

/** Conflicts shown per step; "show more" reveals the next ones (unshown ones keep the newer version). */
const STEP = 50;

/** What a person compares: the fields they entered, and whether the record was deleted. */
const comparedFields = (table: TableName) => [...recordFieldNames(table), 'deleted'];

/** Compared as stored, not as shown: two people not known here both read "unknown", yet differ. */
const differs = (conflict: Conflict, field: string) =>
  JSON.stringify(conflict.local[field] ?? '') !== JSON.stringify(conflict.incoming[field] ?? '');

/** Both versions of each record changed on both machines, side by side, with the choice of which stays. */
export function ConflictList(props: {
  conflicts: readonly Conflict[];
  choices: Record<string, 'local' | 'incoming'>;
  onChoose: (key: string, choice: 'local' | 'incoming') => void;
  from: string;
  /** Names of the people, customers, products and orders the records refer to. */
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const currency = useOfficeCurrency()?.code ?? 'CNY';
  const context = { t, currency, names: props.names };
  const [shown, setShown] = useState(STEP);
  return (
    <Stack gap="sm" data-testid="conflicts">
      {props.conflicts.slice(0, shown).map((conflict) => {
        const key = `${conflict.table}:${conflict.id}`;
        const cell = (record: Record<string, unknown>, field: string) =>
          formatFieldValue(conflict.table, field, record, context);
        const fields = comparedFields(conflict.table).filter((field) => differs(conflict, field));
        const choice = props.choices[key] ?? conflict.winner;
        return (
          <Paper key={key} withBorder p="sm" data-testid="conflict">
            <Group justify="space-between" mb={6}>
              <Text fw={600}>
                {t(`sharingArea.tables.${conflict.table}`)} ·{' '}
                {recordLabel(conflict.table, conflict.local, context)}
              </Text>
              <Radio.Group value={choice} onChange={(v) => props.onChoose(key, v as 'local' | 'incoming')}>
                <Group gap="md">
                  <Radio
                    value="local"
                    label={t('sharingArea.conflicts.keepLocal')}
                    data-testid="keep-local"
                  />
                  <Radio
                    value="incoming"
                    label={t('sharingArea.conflicts.takeIncoming', { machine: props.from })}
                    data-testid="take-incoming"
                  />
                </Group>
              </Radio.Group>
            </Group>
            <Table withTableBorder={false} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sharingArea.conflicts.field')}</Table.Th>
                  <Table.Th>
                    {t('sharingArea.conflicts.local')}{' '}
                    {conflict.winner === 'local' && (
                      <Badge size="xs">{t('sharingArea.conflicts.newer')}</Badge>
                    )}
                  </Table.Th>
                  <Table.Th>
                    {t('sharingArea.conflicts.incoming', { machine: props.from })}{' '}
                    {conflict.winner === 'incoming' && (
                      <Badge size="xs">{t('sharingArea.conflicts.newer')}</Badge>
                    )}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.map((field) => (
                  <Table.Tr key={field}>
                    <Table.Td>{t(`sharingArea.fieldNames.${field}`)}</Table.Td>
                    <Table.Td>{cell(conflict.local, field)}</Table.Td>
                    <Table.Td>{cell(conflict.incoming, field)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
      {props.conflicts.length > shown && (
        <Group gap="sm">
          <Button variant="light" size="xs" onClick={() => setShown((n) => n + STEP)}>
            {t('sharingArea.conflicts.showMore', {
              count: Math.min(STEP, props.conflicts.length - shown),
            })}
          </Button>
          <Text size="sm" c="dimmed">
            {t('sharingArea.conflicts.more', { count: props.conflicts.length - shown })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
