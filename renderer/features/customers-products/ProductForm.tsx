import { SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/schema/product';
import { useSession } from '../../app/session-context';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { saveProduct } from '../../db/catalog-commands';
import { AmountInput } from '../../ui/AmountInput';
import { notifySaved } from '../../ui/notify';
import { FormModal, hintBelow, useRecordForm } from '../../ui/record-form';
import { productFormSchema, productFormValues } from './product-form';

/** Create or edit a product. Enter saves (Ctrl/Cmd+Enter inside the notes), Esc closes. */
export function ProductForm(props: {
  record: Product | null;
  currency: OfficeCurrency;
  onClose: () => void;
  onDelete: (record: Product) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { record, currency } = props;
  const schema = useMemo(() => productFormSchema(currency.digits), [currency.digits]);
  const product = useRecordForm(schema, {
    initial: productFormValues(record, currency.digits),
    write: (input) => saveProduct(session, input, record ?? undefined),
    onSaved: (saved) => {
      notifySaved(
        t(record ? 'customersArea.form.saved' : 'customersArea.form.created', { name: saved.name }),
      );
      props.onClose();
    },
  });
  const { field } = product;

  return (
    <FormModal
      record={product}
      testId="product-form"
      onClose={props.onClose}
      onDelete={record ? () => props.onDelete(record) : undefined}
      title={
        record ? t('customersArea.form.editProduct', { sku: record.sku }) : t('customersArea.form.newProduct')
      }
    >
      <SimpleGrid cols={2}>
        <TextInput
          label={t('customers.sku')}
          withAsterisk
          data-autofocus={record ? undefined : true}
          {...field('sku')}
        />
        <TextInput label={t('customers.unit')} withAsterisk {...field('unit')} />
      </SimpleGrid>
      <TextInput
        label={t('customers.name')}
        withAsterisk
        data-autofocus={record ? true : undefined}
        {...field('name')}
      />
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
      <Textarea
        label={t('customersArea.fields.notes')}
        autosize
        minRows={2}
        maxRows={6}
        {...field('notes')}
      />
    </FormModal>
  );
}
