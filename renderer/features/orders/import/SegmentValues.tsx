import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listKey, listValues, type Segment } from '../../../../shared/import/value-lists';
import { customerSegments } from '../../../../shared/schema/customer';
import { formatNumber } from '../../../i18n/format';
import type { ImportWizardState } from './use-import-wizard';

// In the mapping step: the values of the segment column the app does not know, each with how many rows
// have it, to map to one of the office's segments, or the column skipped. A value left unmapped refuses
// nothing: the dry run warns and the new customer gets the default segment.

export function SegmentValues({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const { table, mapping, segmentMap } = wizard;
  const index = mapping.segment;
  const unknown = useMemo(
    () => (table ? listValues(table.rows, index).filter((v) => v.known === null) : []),
    [table, index],
  );
  if (unknown.length === 0) return null;
  const options = customerSegments.map((segment) => ({ value: segment, label: t(`segment.${segment}`) }));
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />} data-testid="segment-values">
      <Stack gap="xs">
        <Text size="sm">{t('ordersImport.mapping.segmentValues.intro', { count: unknown.length })}</Text>
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ordersImport.mapping.segmentValues.value')}</Table.Th>
              <Table.Th>{t('ordersImport.mapping.segmentValues.rows')}</Table.Th>
              <Table.Th>{t('ordersImport.mapping.segmentValues.mapTo')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {unknown.map((entry) => (
              <Table.Tr key={listKey(entry.value)}>
                <Table.Td>{entry.value}</Table.Td>
                <Table.Td>{formatNumber(entry.count)}</Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('ordersImport.mapping.segmentValues.mapValue', { value: entry.value })}
                    placeholder={t('ordersImport.mapping.segmentValues.unmapped')}
                    data={options}
                    value={segmentMap[listKey(entry.value)] ?? null}
                    onChange={(value) => wizard.setSegmentValue(entry.value, value as Segment | null)}
                    clearable
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => wizard.setField('segment', undefined)}
            data-testid="segment-values-skip"
          >
            {t('ordersImport.mapping.segmentValues.skip')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
