import { SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/schema/product';
import { saveProduct } from '../../db/catalog-commands';
import { AmountInput } from '../../ui/AmountInput';
import { hintBelow } from '../../ui/record-form';
import type { CatalogKind, FieldsProps } from './catalog-kind';
import { productFormSchema, productFormValues } from './product-form';

/** Products: listed by SKU, name, unit, unit price, tax rate and whether they are on sale. */
export const productKind: CatalogKind<Product> = {
  id: 'products',
  one: 'product',
  codePath: 'sku',
  codeOf: (p) => p.sku,
  records: (catalog) => catalog.products,
  search: (catalog, query) => catalog.searchProducts(query, {}, Number.POSITIVE_INFINITY),
  columns: ['sku', 'name', 'unit', 'price', 'tax', 'status'],
  schemaFor: productFormSchema,
  valuesFor: productFormValues,
  save: saveProduct as CatalogKind<Product>['save'],
  Beside: UnitField,
  Fields: ProductFields,
};

function UnitField({ field }: FieldsProps) {
  const { t } = useTranslation();
  return <TextInput label={t('customers.unit')} withAsterisk {...field('unit')} />;
}

function ProductFields({ field, currency }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={2}>
        <AmountInput
          label={t('customers.unitPrice')}
          description={t('customersArea.fields.unitPriceHint', { currency: currency.code })}
          withAsterisk
          symbol={currency.symbol}
          {...field('unitPrice')}
        />
        <TextInput
          label={t('customersArea.fields.taxRate')}
          description={t('customersArea.fields.taxRateHint')}
          withAsterisk
          {...hintBelow}
          inputMode="decimal"
          rightSection="%"
          {...field('taxRate')}
        />
      </SimpleGrid>
      <Switch
        label={t('customers.active')}
        description={t('customersArea.fields.activeHint')}
        {...field('active', { type: 'checkbox' })}
      />
    </>
  );
}
