import type { GetInputPropsOptions, GetInputPropsReturnType } from '@mantine/form';
import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { CatalogSearch } from '../../../shared/rules/catalog-index';
import type { Customer } from '../../../shared/schema/customer';
import type { Product } from '../../../shared/schema/product';
import type { OfficeCurrency } from '../../app/use-office-currency';
import type { Editing } from '../../db/repository';
import type { DataSession } from '../../db/session';
import type { CatalogColumnId } from './catalog-columns';

// What the Customers & Products page needs of each of its two tabs: the list (search, columns) and the
// form (schema, values, how it saves, its fields). The page, its list and its form are written once,
// over these.

export type CatalogRecord = Customer | Product;

/** What a kind's form fields get: the form's field binder and the office currency. */
export interface FieldsProps {
  field: (path: string, options?: GetInputPropsOptions) => GetInputPropsReturnType;
  currency: OfficeCurrency;
}

export interface CatalogKind<T extends CatalogRecord = CatalogRecord> {
  /** The table, the tab, its test ids and strings (customersArea.<part>.customers). */
  id: 'customers' | 'products';
  /** One record: its form's strings and test id (customersArea.form.edit.customer). */
  one: 'customer' | 'product';
  /** The field that holds its code: customers have a code, products a SKU. */
  codePath: 'code' | 'sku';
  codeOf: (row: T) => string;
  records: (catalog: CatalogSearch) => readonly T[];
  /** All matches, best first (or by code for an empty query). */
  search: (catalog: CatalogSearch, query: string) => T[];
  /** Its list's columns, in order (catalog-columns.tsx defines each). */
  columns: readonly CatalogColumnId[];
  /** Columns the deleted list leaves out, to make room for when each was deleted and its restore button. */
  notInTrash?: readonly string[];
  /** The form's schema in the currency's decimals, and its values for a record (or a new one). */
  schemaFor: (digits: number) => z.ZodType<unknown>;
  valuesFor: (record: T | null, digits: number) => Record<string, unknown>;
  save: (session: DataSession, input: never, editing?: Editing) => Promise<T>;
  /** The field beside the code, and the fields between the name and the notes. */
  Beside: ComponentType<FieldsProps>;
  Fields: ComponentType<FieldsProps>;
}
