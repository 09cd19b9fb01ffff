import {
  ActionIcon,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits, orderTotals } from '../../../shared/rules/money';
import type { Order } from '../../../shared/schema/order';
import type { Product } from '../../../shared/schema/product';
import { useSession } from '../../app/session-context';
import { useCatalogSearch } from '../../db/catalog-search';
import { loadOfficeSettings } from '../../db/office-settings';
import { editOrder, findLikelyDuplicate, type OrderDraft, saveNewOrder } from '../../db/order-commands';
import { formatAmount } from '../../i18n/format';
import { DuplicateModal } from './DuplicateModal';
import {
  type EntryDraft,
  type EntryErrors,
  emptyLine,
  type LineDraft,
  minorToText,
  toOrderDraft,
} from './entry-draft';

const fromOrder = (order: Order): EntryDraft => ({
  customerId: order.customerId,
  lines: order.lines.map((l) => ({
    key: crypto.randomUUID(),
    productId: l.productId,
    quantity: String(l.quantity),
    price: minorToText(l.unitPrice, order.currency),
    discount: l.discount ? minorToText(l.discount, order.currency) : '',
    overrideReason: l.priceOverrideReason,
  })),
  priority: order.priority,
  requestedDate: order.requestedDate ?? '',
  notes: order.notes,
});

/**
 * Keyboard-first order entry: Tab moves through the fields, Enter in a quantity adds a line and puts the
 * cursor on its product, Ctrl/Cmd+S saves a draft, Ctrl/Cmd+Enter submits, Esc closes.
 */
export function OrderEntry(props: {
  editId: string | null;
  onClose: () => void;
  onSaved: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const catalog = useCatalogSearch();
  const settings = useLiveQuery(() => loadOfficeSettings(session.db), [session.db]);
  const existing = useLiveQuery(
    async () => (props.editId ? await session.db.orders.get(props.editId) : undefined),
    [props.editId],
  );
  const currency = existing?.currency ?? settings?.currency ?? 'CNY';
  const [entry, setEntry] = useState<EntryDraft>({
    customerId: null,
    lines: [emptyLine()],
    priority: 'normal',
    requestedDate: '',
    notes: '',
  });
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [editNote, setEditNote] = useState('');
  const [duplicate, setDuplicate] = useState<{ order: Order; submit: boolean; draft: OrderDraft } | null>(
    null,
  );
  const [customerQuery, setCustomerQuery] = useState('');
  const [productQueries, setProductQueries] = useState<Record<string, string>>({});
  const productRefs = useRef(new Map<string, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);

  useEffect(() => {
    if (existing && !loaded) {
      setEntry(fromOrder(existing));
      setLoaded(true);
    }
  }, [existing, loaded]);
  // Layout effect: the new line's product field has the focus before the next key is handled, so a
  // fast typist's keys after Enter land in it and are not lost.
  useLayoutEffect(() => {
    if (focusKey) productRefs.current.get(focusKey)?.focus();
  }, [focusKey]);

  const products = new Map<string, Product>();
  for (const line of entry.lines) {
    const product = line.productId ? catalog.productById(line.productId) : undefined;
    if (product) products.set(product.id, product);
  }
  const preview = toOrderDraft(entry, products, currency).draft;
  const totals = orderTotals(
    (preview?.lines ?? []).map((line) => ({ ...line, discount: line.discount ?? 0 })),
  );
  const digits = currencyDigits(currency);

  const setLine = (key: string, patch: Partial<LineDraft>) =>
    setEntry((e) => ({ ...e, lines: e.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
  const addLine = () => {
    const line = emptyLine();
    setEntry((e) => ({ ...e, lines: [...e.lines, line] }));
    setFocusKey(line.key);
  };
  const error = (field: string) => (errors[field] ? t(errors[field], { digits }) : null);

  const save = async (submit: boolean, confirmedDraft?: OrderDraft) => {
    const result = confirmedDraft
      ? { draft: confirmedDraft, errors: {} }
      : toOrderDraft(entry, products, currency);
    setErrors(result.errors);
    const draft = result.draft;
    if (!draft) return;
    if (props.editId) {
      const order = await editOrder(session, props.editId, draft, editNote);
      props.onSaved(order.id);
      props.onClose();
      return;
    }
    if (!confirmedDraft) {
      const similar = await findLikelyDuplicate(session, draft);
      if (similar) return setDuplicate({ order: similar, submit, draft });
    }
    const order = await saveNewOrder(session, draft, submit);
    notifications.show({
      color: 'green',
      message: t(submit ? 'ordersArea.entry.submitted' : 'ordersArea.entry.saved', { number: order.number }),
    });
    props.onSaved(order.id);
    props.onClose();
  };

  const customerOptions = catalog
    .searchCustomers(customerQuery, 20)
    .map((c) => ({ value: c.id, label: `${c.name} · ${c.code}` }));
  const selectedCustomer = entry.customerId ? catalog.customerById(entry.customerId) : undefined;
  if (selectedCustomer && !customerOptions.some((o) => o.value === selectedCustomer.id)) {
    customerOptions.unshift({
      value: selectedCustomer.id,
      label: `${selectedCustomer.name} · ${selectedCustomer.code}`,
    });
  }

  return (
    <Modal
      opened
      onClose={props.onClose}
      size="80rem"
      title={
        <Text fw={700}>
          {existing
            ? t('ordersArea.entry.editTitle', { number: existing.number })
            : t('ordersArea.entry.title')}
        </Text>
      }
    >
      <Stack
        onKeyDown={getHotkeyHandler([
          ['mod+S', () => void save(false)],
          ['mod+Enter', () => void save(true)],
        ])}
        data-testid="order-entry"
      >
        <Select
          label={t('ordersArea.entry.customer')}
          placeholder={t('ordersArea.entry.customerPlaceholder')}
          data={customerOptions}
          value={entry.customerId}
          onChange={(value) => setEntry((e) => ({ ...e, customerId: value }))}
          searchable
          searchValue={customerQuery}
          onSearchChange={setCustomerQuery}
          filter={({ options }) => options}
          error={error('customer')}
          autoFocus={!props.editId}
          data-autofocus
          data-testid="entry-customer"
        />
        <Stack gap={6}>
          {entry.lines.map((line, i) => {
            const product = line.productId ? catalog.productById(line.productId) : undefined;
            const query = productQueries[line.key] ?? '';
            const options = catalog
              .searchProducts(query, { activeOnly: true }, 20)
              .map((p) => ({ value: p.id, label: `${p.name} · ${p.sku}` }));
            if (product && !options.some((o) => o.value === product.id)) {
              options.unshift({ value: product.id, label: `${product.name} · ${product.sku}` });
            }
            const overridden =
              product &&
              line.price.trim() !== '' &&
              line.price.trim() !== minorToText(product.unitPrice, currency);
            return (
              <Group key={line.key} align="flex-start" gap="xs" wrap="nowrap" data-testid={`entry-line-${i}`}>
                <Select
                  label={i === 0 ? t('ordersArea.entry.product') : undefined}
                  aria-label={t('ordersArea.entry.product')}
                  placeholder={t('ordersArea.entry.productPlaceholder')}
                  data={options}
                  value={line.productId}
                  onChange={(value) => {
                    const picked = value ? catalog.productById(value) : undefined;
                    setLine(line.key, {
                      productId: value,
                      price: picked ? minorToText(picked.unitPrice, currency) : '',
                      overrideReason: '',
                    });
                  }}
                  searchable
                  searchValue={query}
                  onSearchChange={(q) => setProductQueries((all) => ({ ...all, [line.key]: q }))}
                  filter={({ options: shown }) => shown}
                  error={error(`lines.${i}.product`)}
                  ref={(el) => {
                    if (el) productRefs.current.set(line.key, el);
                  }}
                  style={{ flex: 3 }}
                />
                <TextInput
                  label={i === 0 ? t('ordersArea.entry.quantity') : undefined}
                  aria-label={t('ordersArea.entry.quantity')}
                  value={line.quantity}
                  onChange={(e) => setLine(line.key, { quantity: e.currentTarget.value })}
                  onKeyDown={getHotkeyHandler([['Enter', addLine]])}
                  error={error(`lines.${i}.quantity`)}
                  inputMode="decimal"
                  w={100}
                />
                <TextInput
                  label={i === 0 ? t('ordersArea.entry.unitPrice') : undefined}
                  aria-label={t('ordersArea.entry.unitPrice')}
                  value={line.price}
                  onChange={(e) => setLine(line.key, { price: e.currentTarget.value })}
                  error={error(`lines.${i}.price`)}
                  inputMode="decimal"
                  w={130}
                />
                <TextInput
                  label={i === 0 ? t('ordersArea.entry.discount') : undefined}
                  aria-label={t('ordersArea.entry.discount')}
                  value={line.discount}
                  onChange={(e) => setLine(line.key, { discount: e.currentTarget.value })}
                  error={error(`lines.${i}.discount`)}
                  inputMode="decimal"
                  w={110}
                />
                <TextInput
                  label={i === 0 ? t('ordersArea.entry.tax') : undefined}
                  aria-label={t('ordersArea.entry.tax')}
                  value={product ? `${product.taxRate / 100}%` : ''}
                  readOnly
                  tabIndex={-1}
                  w={70}
                />
                {overridden && (
                  <TextInput
                    label={t('ordersArea.entry.overrideReason')}
                    value={line.overrideReason}
                    onChange={(e) => setLine(line.key, { overrideReason: e.currentTarget.value })}
                    error={error(`lines.${i}.overrideReason`)}
                    w={200}
                  />
                )}
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={i === 0 ? 28 : 4}
                  aria-label={t('ordersArea.entry.removeLine')}
                  tabIndex={-1}
                  onClick={() =>
                    setEntry((e) => ({
                      ...e,
                      lines: e.lines.length > 1 ? e.lines.filter((l) => l.key !== line.key) : [emptyLine()],
                    }))
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            );
          })}
          {errors.lines && (
            <Text size="sm" c="red">
              {t(errors.lines)}
            </Text>
          )}
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={addLine}
            w="fit-content"
          >
            {t('ordersArea.entry.addLine')}
          </Button>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('ordersArea.entry.requestedDate')}
            value={entry.requestedDate}
            onChange={(e) => setEntry((x) => ({ ...x, requestedDate: e.currentTarget.value }))}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('ordersArea.entry.priority')}
            </Text>
            <SegmentedControl
              value={entry.priority}
              onChange={(value) => setEntry((x) => ({ ...x, priority: value as EntryDraft['priority'] }))}
              data={[
                { value: 'normal', label: t('priority.normal') },
                { value: 'urgent', label: t('priority.urgent') },
              ]}
            />
          </Stack>
          <Stack gap={2} align="flex-end" justify="flex-end">
            <Text size="sm">
              {t('ordersArea.detail.subtotal')}: {formatAmount(totals.subtotal, currency)}
            </Text>
            <Text size="sm">
              {t('ordersArea.detail.totalTax')}: {formatAmount(totals.tax, currency)}
            </Text>
            <Text fw={700} data-testid="entry-total">
              {t('ordersArea.detail.total')}: {formatAmount(totals.total, currency)}
            </Text>
          </Stack>
        </SimpleGrid>
        <Textarea
          label={t('ordersArea.entry.notes')}
          value={entry.notes}
          onChange={(e) => setEntry((x) => ({ ...x, notes: e.currentTarget.value }))}
          autosize
          minRows={1}
        />
        {existing && existing.status !== 'draft' && (
          <TextInput
            label={t('ordersArea.entry.editReason')}
            value={editNote}
            onChange={(e) => setEditNote(e.currentTarget.value)}
          />
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('ordersArea.entry.shortcuts')}
          </Text>
          <Group>
            {!props.editId && (
              <Button variant="default" onClick={() => save(false)} data-testid="entry-save-draft">
                {t('ordersArea.entry.saveDraft')}
              </Button>
            )}
            <Button onClick={() => save(!props.editId)} data-testid="entry-submit">
              {props.editId ? t('settings.save') : t('ordersArea.entry.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <DuplicateModal
        order={duplicate?.order ?? null}
        onCancel={() => setDuplicate(null)}
        onConfirm={() => {
          const pending = duplicate;
          setDuplicate(null);
          if (pending) void save(pending.submit, pending.draft);
        }}
      />
    </Modal>
  );
}
