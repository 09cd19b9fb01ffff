import { Alert, Button, Divider, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '../../../../shared/import/table';
import { formatNumber } from '../../../i18n/format';
import { needsEncoding, problemText } from './import-text';
import { PastImports } from './PastImports';
import { type ForcedEncoding, forcedEncodings, type ImportWizardState } from './use-import-wizard';

/** Step 1: choose the file; read problems are explained, with an encoding choice where it helps. */
export function FileStep({ wizard }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const { table, problem, file } = wizard;
  return (
    <Stack>
      <Text size="sm">
        {t('ordersImport.file.intro', { mb: formatNumber(MAX_IMPORT_BYTES / 1024 / 1024) })}
      </Text>
      <Group>
        <Button
          leftSection={<IconFileImport size={16} />}
          onClick={() => wizard.pickFile(t('ordersImport.file.filterName'))}
          loading={wizard.reading}
          variant={table ? 'default' : 'filled'}
          data-testid="import-pick-file"
        >
          {file ? t('ordersImport.file.pickAnother') : t('ordersImport.file.pick')}
        </Button>
        {wizard.reading && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('ordersImport.file.reading')}</Text>
          </Group>
        )}
      </Group>

      {problem !== null && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-file-error">
          <Stack gap="sm">
            <Text size="sm">{problemText(t, problem)}</Text>
            {needsEncoding(problem) && (
              <Group align="flex-end">
                <Select
                  label={t('ordersImport.file.encoding')}
                  description={t('ordersImport.file.encodingHelp')}
                  data={forcedEncodings.map((e) => ({ value: e, label: t(`ordersImport.encodings.${e}`) }))}
                  value={wizard.encoding}
                  onChange={(value) => value && wizard.setEncoding(value as ForcedEncoding)}
                  allowDeselect={false}
                  w={320}
                  data-testid="import-encoding"
                />
                <Button variant="default" onClick={wizard.retryWithEncoding} data-testid="import-retry">
                  {t('ordersImport.file.retry')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      {table && file && (
        <Alert color="teal" icon={<IconInfoCircle size={18} />} data-testid="import-file-ok">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('ordersImport.file.loaded', {
                name: file.name,
                rows: formatNumber(table.rows.length),
                columns: formatNumber(table.headers.length),
              })}
            </Text>
            {table.kind === 'csv' && (
              <Text size="xs" c="dimmed">
                {t('ordersImport.file.encodingUsed', {
                  encoding: t(`ordersImport.encodings.${table.encoding}`),
                })}
              </Text>
            )}
            {table.kind === 'csv' && table.renamed && <Text size="xs">{t('ordersImport.file.renamed')}</Text>}
            {table.warnings.length > 0 && (
              <Text size="xs">
                {t('ordersImport.file.tableWarnings', {
                  n: formatNumber(new Set(table.warnings.map((w) => w.row)).size),
                })}
              </Text>
            )}
            {table.kind === 'xlsx' && table.sheetNames.length > 1 && (
              <Select
                label={t('ordersImport.file.sheet')}
                data={table.sheetNames}
                value={table.sheetName}
                onChange={(value) => value && wizard.chooseSheet(value)}
                allowDeselect={false}
                w={280}
              />
            )}
          </Stack>
        </Alert>
      )}

      <Group justify="flex-end">
        <Button disabled={!table} onClick={() => wizard.setStep(1)} data-testid="import-to-mapping">
          {t('ordersImport.file.next')}
        </Button>
      </Group>
      <Divider />
      <PastImports />
    </Stack>
  );
}
