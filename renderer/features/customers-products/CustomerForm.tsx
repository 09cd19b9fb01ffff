import { Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Customer, customerSegments } from '../../../shared/schema/customer';
import { useSession } from '../../app/session-context';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { saveCustomer } from '../../db/catalog-commands';
import { AmountInput } from '../../ui/AmountInput';
import { notifySaved } from '../../ui/notify';
import { FormModal, useRecordForm } from '../../ui/record-form';
import { customerFormSchema, customerFormValues } from './customer-form';

/** Create or edit a customer. Enter saves (Ctrl/Cmd+Enter inside the notes), Esc closes. */
export function CustomerForm(props: {
  record: Customer | null;
  currency: OfficeCurrency;
  onClose: () => void;
  onDelete: (record: Customer) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { record, currency } = props;
  const schema = useMemo(() => customerFormSchema(currency.digits), [currency.digits]);
  const customer = useRecordForm(schema, {
    initial: customerFormValues(record, currency.digits),
    write: (input) => saveCustomer(session, input, record ?? undefined),
    onSaved: (saved) => {
      notifySaved(
        t(record ? 'customersArea.form.saved' : 'customersArea.form.created', { name: saved.name }),
      );
      props.onClose();
    },
  });
  const { field } = customer;

  return (
    <FormModal
      record={customer}
      testId="customer-form"
      onClose={props.onClose}
      onDelete={record ? () => props.onDelete(record) : undefined}
      title={
        record
          ? t('customersArea.form.editCustomer', { code: record.code })
          : t('customersArea.form.newCustomer')
      }
    >
      <SimpleGrid cols={2}>
        <TextInput
          label={t('customers.code')}
          withAsterisk
          data-autofocus={record ? undefined : true}
          {...field('code')}
        />
        <Select
          label={t('customers.segment')}
          withAsterisk
          allowDeselect={false}
          placeholder={t('customersArea.fields.segmentPlaceholder')}
          data={customerSegments.map((segment) => ({ value: segment, label: t(`segment.${segment}`) }))}
          {...field('segment')}
        />
      </SimpleGrid>
      <TextInput
        label={t('customers.name')}
        withAsterisk
        data-autofocus={record ? true : undefined}
        {...field('name')}
      />
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
