import { Modal, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type Customer, customerSegments } from '../../../shared/schema/customer';
import { useSession } from '../../app/session-context';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { findCustomerByCode } from '../../db/catalog-search';
import { FormActions } from '../../ui/FormActions';
import {
  type CustomerFormValues,
  checkCustomerValues,
  customerFormFields,
  customerValuesFrom,
  emptyCustomerValues,
} from './customer-values';
import { translateProblems, useCatalogSubmit } from './form-submit';

/** Create or edit a customer. Enter saves (Ctrl/Cmd+Enter inside the notes), Esc closes. */
export function CustomerForm(props: {
  record: Customer | null;
  currency: OfficeCurrency;
  onClose: () => void;
  onDelete: (record: Customer) => void;
}) {
  const { t } = useTranslation();
  const { db, repos } = useSession();
  const { record, currency } = props;
  const form = useForm<CustomerFormValues>({
    initialValues: record ? customerValuesFrom(record, currency.digits) : emptyCustomerValues(),
    validate: (values) => translateProblems(t, checkCustomerValues(values, currency.digits).problems),
  });
  const { submit, error } = useCatalogSubmit({
    t,
    form,
    fields: customerFormFields,
    codeField: 'code',
    check: (values) => checkCustomerValues(values, currency.digits),
    codeOf: (input) => input.code,
    findByCode: (code) => findCustomerByCode(db, code),
    ownId: record?.id,
    write: (input) => (record ? repos.customers.update(record.id, input) : repos.customers.create(input)),
    onSaved: (saved) => {
      notifications.show({
        color: 'green',
        message: t(record ? 'customersArea.form.saved' : 'customersArea.form.created', { name: saved.name }),
      });
      props.onClose();
    },
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      title={
        record
          ? t('customersArea.form.editCustomer', { code: record.code })
          : t('customersArea.form.newCustomer')
      }
    >
      <form onSubmit={submit} onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])} noValidate>
        <Stack gap="sm" data-testid="customer-form">
          <SimpleGrid cols={2}>
            <TextInput
              label={t('customers.code')}
              withAsterisk
              data-autofocus={record ? undefined : true}
              {...form.getInputProps('code')}
            />
            <Select
              label={t('customers.segment')}
              withAsterisk
              allowDeselect={false}
              placeholder={t('customersArea.fields.segmentPlaceholder')}
              data={customerSegments.map((segment) => ({ value: segment, label: t(`segment.${segment}`) }))}
              {...form.getInputProps('segment')}
            />
          </SimpleGrid>
          <TextInput
            label={t('customers.name')}
            withAsterisk
            data-autofocus={record ? true : undefined}
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={2}>
            <TextInput label={t('customersArea.fields.contact')} {...form.getInputProps('contact')} />
            <TextInput label={t('customersArea.fields.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput
              label={t('customersArea.fields.email')}
              type="email"
              {...form.getInputProps('email')}
            />
            <TextInput label={t('customers.region')} {...form.getInputProps('region')} />
          </SimpleGrid>
          <TextInput label={t('customersArea.fields.address')} {...form.getInputProps('address')} />
          <SimpleGrid cols={2}>
            <TagsInput
              label={t('customersArea.fields.tags')}
              placeholder={t('customersArea.fields.tagsPlaceholder')}
              clearable
              {...form.getInputProps('tags')}
            />
            <TextInput
              label={t('customers.creditLimit')}
              description={t('customersArea.fields.creditLimitHint', { currency: currency.code })}
              withAsterisk
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              inputMode="decimal"
              leftSection={currency.symbol}
              {...form.getInputProps('creditLimit')}
            />
          </SimpleGrid>
          <Textarea
            label={t('customersArea.fields.notes')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
          />
          <FormActions
            onDelete={record ? () => props.onDelete(record) : undefined}
            onCancel={props.onClose}
            submitting={form.submitting}
            error={error}
          />
        </Stack>
      </form>
    </Modal>
  );
}
