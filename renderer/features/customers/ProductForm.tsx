import { Modal, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/schema/product';
import { useSession } from '../../app/session-context';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { findProductBySku } from '../../db/catalog-search';
import { FormActions } from '../../ui/FormActions';
import { translateProblems, useCatalogSubmit } from './form-submit';
import {
  checkProductValues,
  emptyProductValues,
  type ProductFormValues,
  productFormFields,
  productValuesFrom,
} from './product-values';

/** Create or edit a product. Enter saves (Ctrl/Cmd+Enter inside the notes), Esc closes. */
export function ProductForm(props: {
  record: Product | null;
  currency: OfficeCurrency;
  onClose: () => void;
  onDelete: (record: Product) => void;
}) {
  const { t } = useTranslation();
  const { db, repos } = useSession();
  const { record, currency } = props;
  const form = useForm<ProductFormValues>({
    initialValues: record ? productValuesFrom(record, currency.digits) : emptyProductValues(),
    validate: (values) => translateProblems(t, checkProductValues(values, currency.digits).problems),
  });
  const { submit, error } = useCatalogSubmit({
    t,
    form,
    fields: productFormFields,
    codeField: 'sku',
    check: (values) => checkProductValues(values, currency.digits),
    codeOf: (input) => input.sku,
    findByCode: async (sku) => {
      const found = await findProductBySku(db, sku);
      return found && { ...found, code: found.sku };
    },
    ownId: record?.id,
    write: (input) => (record ? repos.products.update(record.id, input) : repos.products.create(input)),
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
        record ? t('customersArea.form.editProduct', { sku: record.sku }) : t('customersArea.form.newProduct')
      }
    >
      <form onSubmit={submit} onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])} noValidate>
        <Stack gap="sm" data-testid="product-form">
          <SimpleGrid cols={2}>
            <TextInput
              label={t('customers.sku')}
              withAsterisk
              data-autofocus={record ? undefined : true}
              {...form.getInputProps('sku')}
            />
            <TextInput label={t('customers.unit')} withAsterisk {...form.getInputProps('unit')} />
          </SimpleGrid>
          <TextInput
            label={t('customers.name')}
            withAsterisk
            data-autofocus={record ? true : undefined}
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label={t('customers.unitPrice')}
              description={t('customersArea.fields.unitPriceHint', { currency: currency.code })}
              withAsterisk
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              inputMode="decimal"
              leftSection={currency.symbol}
              {...form.getInputProps('unitPrice')}
            />
            <TextInput
              label={t('customersArea.fields.taxRate')}
              description={t('customersArea.fields.taxRateHint')}
              withAsterisk
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              inputMode="decimal"
              rightSection="%"
              {...form.getInputProps('taxRate')}
            />
          </SimpleGrid>
          <Switch
            label={t('customers.active')}
            description={t('customersArea.fields.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
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
