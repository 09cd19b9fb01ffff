import { ActionIcon, Group, Select, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { type FocusEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../../shared/rules/catalog-index';
import { formatPercentInput } from '../../../../shared/rules/money-input';
import type { OfficeCurrency } from '../../../app/use-office-currency';
import { AmountInput } from '../../../ui/AmountInput';
import { type LineValues, priceDiffers } from './order-entry-form';
import type { OrderEntryState } from './use-order-entry';

/**
 * One line of order entry: the product (type a name, SKU or pinyin, pick with the arrows and Enter),
 * quantity (Enter adds the next line), unit price, discount, the product's tax rate, and — when the price
 * differs from the list price — why. The first line carries the column labels.
 */
export function OrderLineRow(props: {
  state: OrderEntryState;
  index: number;
  line: LineValues;
  catalog: CatalogSearch;
  currency: OfficeCurrency;
}) {
  const { t } = useTranslation();
  const { state, index, line, catalog, currency } = props;
  const { field } = state.entry;
  const [query, setQuery] = useState('');
  const at = (name: keyof LineValues) => `lines.${index}.${name}`;
  // A number field's text is selected when it takes the focus, so what is typed replaces the prefilled
  // 1 or list price, as in a spreadsheet, instead of being added to it.
  const numberCell = (name: 'quantity' | 'unitPrice' | 'discount', width: number) => {
    const props = field(at(name));
    return {
      ...props,
      label: label(name),
      'aria-label': t(`ordersArea.entry.${name}`),
      w: width,
      onFocus: (event: FocusEvent<HTMLInputElement>) => {
        event.currentTarget.select();
        props.onFocus?.(event);
      },
    };
  };
  const first = index === 0;
  const label = (key: string) => (first ? t(`ordersArea.entry.${key}`) : undefined);

  const product = line.productId ? catalog.productById(line.productId) : undefined;
  const options = catalog
    .searchProducts(query, { activeOnly: true }, 20)
    .map((p) => ({ value: p.id, label: `${p.name} · ${p.sku}` }));
  if (product && !options.some((o) => o.value === product.id))
    options.unshift({ value: product.id, label: `${product.name} · ${product.sku}` });

  return (
    <Group align="flex-start" gap="xs" wrap="nowrap" data-testid={`entry-line-${index}`}>
      <Select
        label={label('product')}
        aria-label={t('ordersArea.entry.product')}
        placeholder={t('ordersArea.entry.productPlaceholder')}
        data={options}
        searchable
        // Enter on the chosen product keeps it (as Ctrl+Enter from the field must); a line goes with its ×.
        allowDeselect={false}
        searchValue={query}
        onSearchChange={setQuery}
        filter={({ options: shown }) => shown}
        {...field(at('productId'))}
        onChange={(value) => state.pickProduct(index, value)}
        ref={state.productRef(line.key)}
        style={{ flex: 3 }}
      />
      <TextInput
        inputMode="decimal"
        {...numberCell('quantity', 100)}
        onKeyDown={getHotkeyHandler([['Enter', state.addLine]])}
      />
      <AmountInput symbol={currency.symbol} {...numberCell('unitPrice', 130)} />
      <AmountInput symbol={currency.symbol} {...numberCell('discount', 110)} />
      <TextInput
        label={label('tax')}
        aria-label={t('ordersArea.entry.tax')}
        value={product ? `${formatPercentInput(product.taxRate)}%` : ''}
        readOnly
        tabIndex={-1}
        w={70}
      />
      {priceDiffers(line, product, currency.digits) && (
        <TextInput
          label={t('ordersArea.entry.overrideReason')}
          w={200}
          {...field(at('priceOverrideReason'))}
        />
      )}
      <ActionIcon
        variant="subtle"
        color="red"
        mt={first ? 28 : 4}
        aria-label={t('ordersArea.entry.removeLine')}
        tabIndex={-1}
        onClick={() => state.removeLine(index)}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
