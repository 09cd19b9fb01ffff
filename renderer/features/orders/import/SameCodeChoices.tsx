import { Alert, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CodeWithNames, SameCodeChoice } from '../../../../shared/import/plan';
import { formatNumber } from '../../../i18n/format';
import type { SameCodeChoices as Choices, ImportWizardState } from './use-import-wizard';

// In the dry run: every new code the file gives with more than one name, and the choice of what it
// becomes. Nothing is renamed silently: the user sees each name with the rows that give it.

const choices: readonly SameCodeChoice[] = ['first', 'latest', 'separate'];
/** Rows listed per name; a long run is summed up, the rejects CSV is not the place for it. */
const ROWS_SHOWN = 12;

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, ROWS_SHOWN).map((row) => formatNumber(row));
  return rows.length > ROWS_SHOWN ? `${shown.join(', ')} …` : shown.join(', ');
}

function KindChoice(props: { wizard: ImportWizardState; kind: keyof Choices; codes: CodeWithNames[] }) {
  const { t } = useTranslation();
  const { wizard, kind, codes } = props;
  if (codes.length === 0) return null;
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />} data-testid={`same-code-${kind}`}>
      <Stack gap="xs">
        <Text size="sm">{t(`ordersImport.dryRun.sameCode.intro.${kind}`, { count: codes.length })}</Text>
        <SegmentedControl
          size="xs"
          aria-label={t(`ordersImport.dryRun.sameCode.choiceLabel.${kind}`)}
          value={wizard.sameCode[kind]}
          disabled={wizard.planning}
          onChange={(value) => void wizard.chooseSameCode(kind, value as SameCodeChoice)}
          data={choices.map((choice) => ({
            value: choice,
            label: t(`ordersImport.dryRun.sameCode.choices.${choice}`),
          }))}
          data-testid={`same-code-${kind}-choice`}
        />
        <Table withTableBorder striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ordersImport.dryRun.sameCode.code')}</Table.Th>
              <Table.Th>{t('ordersImport.dryRun.sameCode.name')}</Table.Th>
              <Table.Th>{t('ordersImport.dryRun.sameCode.rows')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {codes.flatMap((entry) =>
              entry.names.map((named, i) => (
                <Table.Tr key={`${entry.code}-${named.name}`}>
                  <Table.Td>{i === 0 ? entry.code : ''}</Table.Td>
                  <Table.Td>{named.name}</Table.Td>
                  <Table.Td>{rowList(named.rows)}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </Stack>
    </Alert>
  );
}

export function SameCodeChoices({ wizard }: { wizard: ImportWizardState }) {
  const sameCode = wizard.plan?.sameCode;
  if (!sameCode) return null;
  return (
    <>
      <KindChoice wizard={wizard} kind="products" codes={sameCode.products} />
      <KindChoice wizard={wizard} kind="customers" codes={sameCode.customers} />
    </>
  );
}
