import { Group, Radio, Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type TaxMode, taxModes } from '../../../../shared/import/tax-mode';
import { currencyOptions } from '../../../ui/currency-options';
import type { ImportWizardState } from './use-import-wizard';

// What the file's amounts are: their currency, and whether tax is in them. Both start at a guess from
// the file (shared/import/file-currency.ts, tax-mode.ts) and are shown, so nothing is assumed silently.

export function MoneyQuestions({ wizard }: { wizard: ImportWizardState }) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => currencyOptions(i18n.language), [i18n.language]);
  if (wizard.fileCurrency === null || wizard.taxMode === null) return null;
  const foreign = wizard.fileCurrency !== wizard.officeCurrency;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <Select
        label={t('ordersImport.mapping.currency')}
        description={
          foreign
            ? t('ordersImport.mapping.currencyForeign', { office: wizard.officeCurrency })
            : t('ordersImport.mapping.currencyHelp')
        }
        data={options}
        value={wizard.fileCurrency}
        onChange={(value) => value && wizard.setCurrencyChoice(value)}
        searchable
        allowDeselect={false}
        comboboxProps={{ zIndex: 400 }}
        data-testid="file-currency"
      />
      <Radio.Group
        label={t('ordersImport.mapping.tax')}
        description={t(`ordersImport.mapping.taxHelp.${wizard.taxMode}`)}
        value={wizard.taxMode}
        onChange={(value) => wizard.setTaxModeChoice(value as TaxMode)}
        data-testid="file-tax"
      >
        <Group mt="xs">
          {taxModes.map((mode) => (
            <Radio key={mode} value={mode} label={t(`ordersImport.mapping.taxModes.${mode}`)} />
          ))}
        </Group>
      </Radio.Group>
    </SimpleGrid>
  );
}
