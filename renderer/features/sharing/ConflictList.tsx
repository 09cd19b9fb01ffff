import { Badge, Button, Group, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfficeCurrency } from '../../app/use-office-currency';
import type { Conflict } from '../../db/package-import';
import { formatAmount } from '../../i18n/format';

/** Envelope fields: the machinery of merging, not what the two people changed. */
const ENVELOPE = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'baseRev', 'deviceId']);
/** Conflicts shown per step; "show more" reveals the next ones (unshown ones keep the newer version). */
const STEP = 50;
/** Amounts in integer minor units, shown in their currency. */
const MONEY = new Set(['creditLimit', 'unitPrice', 'subtotal', 'tax', 'total']);

function show(t: TFunction, field: string, record: Record<string, unknown>, currency: string): string {
  const value = record[field];
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'sharingArea.conflicts.yes' : 'sharingArea.conflicts.no');
  if (typeof value === 'number' && MONEY.has(field))
    return formatAmount(value, typeof record.currency === 'string' ? record.currency : currency);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What people call a record: its name, number or code. */
export const recordLabel = (record: Record<string, unknown>) =>
  String(record.name ?? record.number ?? record.code ?? record.sku ?? record.id);

/** Both versions of each record changed on both machines, side by side, with the choice of which stays. */
export function ConflictList(props: {
  conflicts: readonly Conflict[];
  choices: Record<string, 'local' | 'incoming'>;
  onChoose: (key: string, choice: 'local' | 'incoming') => void;
  from: string;
}) {
  const { t } = useTranslation();
  const currency = useOfficeCurrency()?.code ?? 'CNY';
  const [shown, setShown] = useState(STEP);
  return (
    <Stack gap="sm" data-testid="conflicts">
      {props.conflicts.slice(0, shown).map((conflict) => {
        const key = `${conflict.table}:${conflict.id}`;
        const cell = (record: Record<string, unknown>, field: string) => show(t, field, record, currency);
        const fields = Object.keys({ ...conflict.local, ...conflict.incoming }).filter(
          (field) => !ENVELOPE.has(field) && cell(conflict.local, field) !== cell(conflict.incoming, field),
        );
        const choice = props.choices[key] ?? conflict.winner;
        return (
          <Paper key={key} withBorder p="sm" data-testid="conflict">
            <Group justify="space-between" mb={6}>
              <Text fw={600}>
                {t(`sharingArea.tables.${conflict.table}`)} · {recordLabel(conflict.local)}
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
                    <Table.Td>{t(`sharingArea.fieldNames.${field}`, { defaultValue: field })}</Table.Td>
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
