import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Customer, customerSegments } from '../../../shared/schema/customer';
import { saveCustomer } from '../../db/catalog-commands';
import { AmountInput } from '../../ui/AmountInput';
import type { CatalogKind, FieldsProps } from './catalog-kind';
import { customerFormSchema, customerFormValues } from './customer-form';

/** Customers: listed by code, name, contact, segment, region, tags and credit limit. */
export const customerKind: CatalogKind<Customer> = {
  id: 'customers',
  one: 'customer',
  codePath: 'code',
  codeOf: (c) => c.code,
  records: (catalog) => catalog.customers,
  search: (catalog, query) => catalog.searchCustomers(query, Number.POSITIVE_INFINITY),
  notInTrash: ['contact', 'phone', 'tags'],
  columns: ['code', 'name', 'contact', 'phone', 'segment', 'region', 'tags', 'credit'],
  schemaFor: customerFormSchema,
  valuesFor: customerFormValues,
  save: saveCustomer as CatalogKind<Customer>['save'],
  Beside: SegmentField,
  Fields: CustomerFields,
};

function SegmentField({ field }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('customers.segment')}
      withAsterisk
      allowDeselect={false}
      placeholder={t('customersArea.fields.segmentPlaceholder')}
      data={customerSegments.map((segment) => ({ value: segment, label: t(`segment.${segment}`) }))}
      {...field('segment')}
    />
  );
}

function CustomerFields({ field, currency }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={2}>
        <TextInput label={t('customersArea.fields.contact')} {...field('contact')} />
        <TextInput label={t('customersArea.fields.phone')} type="tel" {...field('phone')} />
        <TextInput label={t('customersArea.fields.email')} type="email" {...field('email')} />
        <TextInput label={t('customers.region')} {...field('region')} />
      </SimpleGrid>
      <TextInput label={t('customersArea.fields.address')} {...field('address')} />
      <SimpleGrid cols={2}>
        <TagsInput
          label={t('customersArea.fields.tags')}
          placeholder={t('customersArea.fields.tagsPlaceholder')}
          clearable
          {...field('tags')}
        />
        <AmountInput
          label={t('customers.creditLimit')}
          description={t('customersArea.fields.creditLimitHint', { currency: currency.code })}
          withAsterisk
          symbol={currency.symbol}
          {...field('creditLimit')}
        />
      </SimpleGrid>
    </>
  );
}
