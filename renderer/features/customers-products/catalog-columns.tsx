import { Badge, Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import { formatPercentInput } from '../../../shared/rules/money-input';
import type { Customer } from '../../../shared/schema/customer';
import type { Product } from '../../../shared/schema/product';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { formatAmount } from '../../i18n/format';
import { type CatalogColumn, CellText } from './CatalogTable';

// Every column the catalogue lists can show, by id; each kind names the ones it shows, in its order.

type Any = Customer & Product;
type Column = Omit<CatalogColumn<Any>, 'id' | 'label'> & { label: string };

function columnsOf(t: TFunction, currency: OfficeCurrency) {
  const money = (minor: number) => <CellText>{formatAmount(minor, currency.code)}</CellText>;
  return {
    code: {
      label: 'customers.code',
      width: '96px',
      sort: 'code',
      render: (c) => <CellText mono>{c.code}</CellText>,
    },
    sku: {
      label: 'customers.sku',
      width: '110px',
      sort: 'code',
      render: (p) => <CellText mono>{p.sku}</CellText>,
    },
    name: {
      label: 'customers.name',
      width: 'minmax(200px, 2.4fr)',
      sort: 'name',
      render: (r) => <CellText>{r.name}</CellText>,
    },
    contact: {
      label: 'customersArea.columns.contact',
      width: 'minmax(72px, 0.7fr)',
      render: (c) => <CellText>{c.contact}</CellText>,
    },
    phone: {
      label: 'customersArea.columns.phone',
      width: '118px',
      render: (c) => <CellText mono>{c.phone}</CellText>,
    },
    segment: {
      label: 'customers.segment',
      width: '92px',
      render: (c) => <CellText>{t(`segment.${c.segment}`)}</CellText>,
    },
    region: {
      label: 'customers.region',
      width: 'minmax(72px, 0.8fr)',
      render: (c) => <CellText>{c.region}</CellText>,
    },
    tags: {
      label: 'customersArea.columns.tags',
      width: 'minmax(120px, 1.2fr)',
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          {c.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
              {tag}
            </Badge>
          ))}
        </Group>
      ),
    },
    credit: {
      label: 'customers.creditLimit',
      width: '128px',
      align: 'right',
      render: (c) => money(c.creditLimit),
    },
    unit: { label: 'customers.unit', width: '80px', render: (p) => <CellText>{p.unit}</CellText> },
    price: {
      label: 'customers.unitPrice',
      width: '128px',
      align: 'right',
      render: (p) => money(p.unitPrice),
    },
    tax: {
      label: 'customersArea.columns.taxRate',
      width: '80px',
      align: 'right',
      render: (p) => <CellText>{`${formatPercentInput(p.taxRate)} %`}</CellText>,
    },
    status: {
      label: 'customersArea.columns.status',
      width: '96px',
      render: (p) => (
        <Badge variant="light" size="sm" color={p.active ? 'green' : 'gray'}>
          {p.active ? t('customers.active') : t('customers.inactive')}
        </Badge>
      ),
    },
  } satisfies Record<string, Column>;
}

export type CatalogColumnId = keyof ReturnType<typeof columnsOf>;

/** The columns with these ids, labelled in the user's language. */
export function catalogColumns<T>(
  ids: readonly CatalogColumnId[],
  t: TFunction,
  currency: OfficeCurrency,
): CatalogColumn<T>[] {
  const all: Record<CatalogColumnId, Column> = columnsOf(t, currency);
  return ids.map((id) => ({ ...all[id], id, label: t(all[id].label) }) as unknown as CatalogColumn<T>);
}
