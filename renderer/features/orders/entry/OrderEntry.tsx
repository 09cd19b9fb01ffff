import { Button, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../../shared/rules/catalog-index';
import { currencyDigits } from '../../../../shared/rules/money';
import type { Order } from '../../../../shared/schema/order';
import { useSession } from '../../../app/session-context';
import { useCatalogSearch } from '../../../app/use-catalog-search';
import { currencySymbol, type OfficeCurrency, useOfficeCurrency } from '../../../app/use-office-currency';
import { loadOrder } from '../../../db/order-view';
import { formatAmount } from '../../../i18n/format';
import { DateField } from '../../../ui/DateField';
import { FormModal, NotesInput } from '../../../ui/record-form';
import { SegmentedField } from '../../../ui/SegmentedField';
import { DuplicateModal } from '../DuplicateModal';
import { OrderLineRow } from './OrderLineRow';
import { useOrderEntry } from './use-order-entry';

/**
 * Keyboard-first order entry: Tab moves through the fields, Enter in a quantity adds a line and puts the
 * cursor on its product, Ctrl/Cmd+S saves a draft, Ctrl/Cmd+Enter submits, Esc closes. An order being
 * edited opens as it is now, in its own currency.
 */
export function OrderEntry(props: {
  editId: string | null;
  onClose: () => void;
  onSaved: (orderId: string) => void;
}) {
  const { db } = useSession();
  const catalog = useCatalogSearch();
  const office = useOfficeCurrency();
  const [order, setOrder] = useState<Order | null | undefined>(props.editId ? undefined : null);
  useEffect(() => {
    if (!props.editId) return;
    let live = true;
    void loadOrder(db, props.editId).then((found) => live && setOrder(found ?? null));
    return () => {
      live = false;
    };
  }, [db, props.editId]);
  if (order === undefined || !office) return null;
  const currency: OfficeCurrency = order
    ? { code: order.currency, digits: currencyDigits(order.currency), symbol: currencySymbol(order.currency) }
    : office;
  return <OrderEntryForm {...props} order={order} currency={currency} catalog={catalog} />;
}

function OrderEntryForm(props: {
  order: Order | null;
  currency: OfficeCurrency;
  catalog: CatalogSearch;
  onClose: () => void;
  onSaved: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const { order, currency, catalog } = props;
  const state = useOrderEntry(props);
  const { entry, values, totals } = state;
  const { field } = entry;
  const [customerQuery, setCustomerQuery] = useState('');
  const linesError = entry.errorOf('lines');

  const customerOptions = catalog
    .searchCustomers(customerQuery, 20)
    .map((c) => ({ value: c.id, label: `${c.name} · ${c.code}` }));
  const chosen = values.customerId ? catalog.customerById(values.customerId) : undefined;
  if (chosen && !customerOptions.some((o) => o.value === chosen.id))
    customerOptions.unshift({ value: chosen.id, label: `${chosen.name} · ${chosen.code}` });

  return (
    <FormModal
      record={entry}
      testId="order-entry"
      size="80rem"
      onClose={props.onClose}
      title={order ? t('ordersArea.entry.editTitle', { number: order.number }) : t('ordersArea.entry.title')}
      enterSaves={false}
      childOpen={state.duplicate !== null}
      hotkeys={[['mod+S', state.saveDraft]]}
      keysHint={t('ordersArea.entry.shortcuts')}
      saveLabel={order ? t('settings.save') : t('ordersArea.entry.submit')}
      saveTestId="entry-submit"
      extra={
        !order && (
          <Button variant="default" onClick={state.saveDraft} data-testid="entry-save-draft">
            {t('ordersArea.entry.saveDraft')}
          </Button>
        )
      }
    >
      <Select
        label={t('ordersArea.entry.customer')}
        placeholder={t('ordersArea.entry.customerPlaceholder')}
        data={customerOptions}
        searchable
        allowDeselect={false}
        searchValue={customerQuery}
        onSearchChange={setCustomerQuery}
        filter={({ options }) => options}
        autoFocus={!order}
        data-autofocus
        data-testid="entry-customer"
        {...field('customerId')}
      />
      <Stack gap={6}>
        {values.lines.map((line, index) => (
          <OrderLineRow
            key={line.key}
            state={state}
            index={index}
            line={line}
            catalog={catalog}
            currency={currency}
          />
        ))}
        {linesError && (
          <Text size="sm" c="red">
            {linesError}
          </Text>
        )}
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={state.addLine}
          w="fit-content"
        >
          {t('ordersArea.entry.addLine')}
        </Button>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField clearable label={t('ordersArea.entry.requestedDate')} {...field('requestedDate')} />
        <SegmentedField
          label={t('ordersArea.entry.priority')}
          data={[
            { value: 'normal', label: t('priority.normal') },
            { value: 'urgent', label: t('priority.urgent') },
          ]}
          {...field('priority')}
        />
        <Stack gap={2} align="flex-end" justify="flex-end">
          <Text size="sm">
            {t('ordersArea.detail.subtotal')}: {formatAmount(totals.subtotal, currency.code)}
          </Text>
          <Text size="sm">
            {t('ordersArea.detail.totalTax')}: {formatAmount(totals.tax, currency.code)}
          </Text>
          <Text fw={700} data-testid="entry-total">
            {t('ordersArea.detail.total')}: {formatAmount(totals.total, currency.code)}
          </Text>
        </Stack>
      </SimpleGrid>
      <NotesInput label={t('ordersArea.entry.notes')} minRows={1} {...field('notes')} />
      {order && order.status !== 'draft' && (
        <TextInput label={t('ordersArea.entry.editReason')} {...field('editNote')} />
      )}
      <DuplicateModal
        order={state.duplicate}
        onCancel={state.cancelDuplicate}
        onConfirm={state.confirmDuplicate}
      />
    </FormModal>
  );
}
