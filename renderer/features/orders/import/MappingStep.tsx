import {
  Alert,
  Badge,
  Button,
  Group,
  Radio,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ImportField, importFields, requiredFields } from '../../../../shared/import/columns';
import type { DiscountKind } from '../../../../shared/import/discount-kind';
import type { RoundingMode } from '../../../../shared/import/rounding';
import { cellText } from '../../../../shared/import/values';
import { columnLetter, fieldLabel, problemText } from './import-text';
import { MoneyQuestions } from './MoneyQuestions';
import { SegmentValues } from './SegmentValues';
import type { ImportWizardState } from './use-import-wizard';

const PREVIEW_ROWS = 5;

/** Step 2: a column for each field (auto-matched or remembered), the date order if unclear, a preview. */
export function MappingStep({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const { table, mapping } = wizard;
  if (!table) return null;
  const options = table.headers.map((header, index) => ({
    value: String(index),
    label: t('ordersImport.mapping.column', {
      header: header || t('ordersImport.mapping.untitled'),
      letter: columnLetter(index),
    }),
  }));
  const fieldOf = new Map<number, ImportField>();
  for (const field of importFields) {
    const index = mapping[field];
    if (index !== undefined) fieldOf.set(index, field);
  }
  const ordered = [...requiredFields, ...importFields.filter((f) => !requiredFields.includes(f))];

  return (
    <Stack>
      <Text size="sm">{t('ordersImport.mapping.intro')}</Text>
      <Alert color="blue" icon={<IconInfoCircle size={18} />} py="xs" data-testid="mapping-source">
        <Text size="sm">
          {wizard.remembered ? t('ordersImport.mapping.remembered') : t('ordersImport.mapping.auto')}
        </Text>
      </Alert>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        {ordered.map((field) => (
          <Select
            key={field}
            label={fieldLabel(t, field)}
            withAsterisk={requiredFields.includes(field)}
            placeholder={t('ordersImport.mapping.placeholder')}
            data={options}
            value={mapping[field] === undefined ? null : String(mapping[field])}
            onChange={(value) => wizard.setField(field, value === null ? undefined : Number(value))}
            clearable
            searchable
            comboboxProps={{ zIndex: 400 }}
            error={requiredFields.includes(field) && mapping[field] === undefined}
            data-testid={`mapping-${field}`}
          />
        ))}
      </SimpleGrid>

      {wizard.dateAmbiguous && (
        <Radio.Group
          label={t('ordersImport.mapping.dateOrder')}
          description={t('ordersImport.mapping.dateOrderHelp')}
          value={wizard.dateChoice ?? ''}
          onChange={(value) => wizard.setDateChoice(value as 'dmy' | 'mdy')}
          withAsterisk
          data-testid="mapping-date-order"
        >
          <Group mt="xs">
            <Radio value="dmy" label={t('ordersImport.mapping.dmy')} />
            <Radio value="mdy" label={t('ordersImport.mapping.mdy')} />
          </Group>
        </Radio.Group>
      )}

      <MoneyQuestions wizard={wizard} />

      {wizard.discountGuess !== null && (
        <Radio.Group
          label={t('ordersImport.mapping.discountKind')}
          description={t(
            wizard.discountGuess === 'ambiguous'
              ? 'ordersImport.mapping.discountKindAsk'
              : 'ordersImport.mapping.discountKindGuessed',
          )}
          value={wizard.discountKind ?? ''}
          onChange={(value) => wizard.setDiscountChoice(value as DiscountKind)}
          withAsterisk={wizard.discountGuess === 'ambiguous'}
          data-testid="mapping-discount-kind"
        >
          <Group mt="xs">
            <Radio value="amount" label={t('ordersImport.mapping.discountAmount')} />
            <Radio value="fraction" label={t('ordersImport.mapping.discountFraction')} />
            <Radio value="percent" label={t('ordersImport.mapping.discountPercent')} />
          </Group>
        </Radio.Group>
      )}

      <Radio.Group
        label={t('ordersImport.mapping.rounding')}
        description={t('ordersImport.mapping.roundingHelp')}
        value={wizard.rounding}
        onChange={(value) => wizard.setRounding(value as RoundingMode)}
        data-testid="mapping-rounding"
      >
        <Group mt="xs">
          <Radio value="half_away" label={t('ordersImport.mapping.halfAway')} />
          <Radio value="half_even" label={t('ordersImport.mapping.halfEven')} />
        </Group>
      </Radio.Group>
      <SegmentValues wizard={wizard} />

      <Text fw={500} size="sm">
        {t('ordersImport.mapping.preview')}
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Table fz="xs" withTableBorder withColumnBorders data-testid="mapping-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ordersImport.mapping.row')}</Table.Th>
              {table.headers.map((header, index) => {
                const field = fieldOf.get(index);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the file
                  <Table.Th key={index} style={{ whiteSpace: 'nowrap' }}>
                    <Stack gap={2}>
                      {field ? (
                        <Badge size="xs" variant="light">
                          {fieldLabel(t, field)}
                        </Badge>
                      ) : (
                        <Badge size="xs" variant="outline" color="gray">
                          —
                        </Badge>
                      )}
                      <span>{header || t('ordersImport.mapping.untitled')}</span>
                    </Stack>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td c="dimmed">{row.row}</Table.Td>
                {row.cells.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the file
                  <Table.Td key={index} style={{ whiteSpace: 'nowrap' }}>
                    {cellText(cell)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>

      {wizard.missing.length > 0 && (
        <Text size="sm" c="red" data-testid="mapping-missing">
          {t('ordersImport.mapping.missing', {
            fields: wizard.missing.map((f) => fieldLabel(t, f)).join(', '),
          })}
        </Text>
      )}
      {wizard.planError !== null && (
        <Alert color="red" data-testid="mapping-error">
          {problemText(t, wizard.planError)}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={() => wizard.setStep(0)}>
          {t('ordersImport.back')}
        </Button>
        <Button
          disabled={!wizard.canPlan}
          loading={wizard.planning}
          onClick={wizard.runDryRun}
          data-testid="import-dry-run"
        >
          {t('ordersImport.mapping.run')}
        </Button>
      </Group>
    </Stack>
  );
}
