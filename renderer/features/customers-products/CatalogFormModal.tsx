import { SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useSession } from '../../app/session-context';
import type { OfficeCurrency } from '../../app/use-office-currency';
import { notifySaved } from '../../ui/notify';
import { FormModal, NotesInput, useRecordForm } from '../../ui/record-form';
import type { CatalogKind, CatalogRecord } from './catalog-kind';

/**
 * A customer's or product's form in its dialog: its code (SKU) with one field beside it, its name, the
 * kind's other fields, and notes. Saved through its catalogue command (which keeps codes unique), the
 * notification naming what was added or saved, then closed. Enter saves (Ctrl/Cmd+Enter inside the
 * notes), Esc closes. A new record's form starts on its code, an existing one's on its name.
 */
export function CatalogFormModal<T extends CatalogRecord>(props: {
  kind: CatalogKind<T>;
  record: T | null;
  currency: OfficeCurrency;
  onClose: () => void;
  onDelete: (record: T) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { kind, record, currency } = props;
  const schema = useMemo(() => kind.schemaFor(currency.digits) as z.ZodType<never>, [kind, currency.digits]);
  const form = useRecordForm(schema, {
    initial: kind.valuesFor(record, currency.digits),
    write: (input) => kind.save(session, input, record ?? undefined),
    onSaved: (saved) => {
      notifySaved(
        t(record ? 'customersArea.form.saved' : 'customersArea.form.created', { name: saved.name }),
      );
      props.onClose();
    },
  });
  const { field } = form;
  const fields = { field, currency };
  return (
    <FormModal
      record={form}
      testId={`${kind.one}-form`}
      onClose={props.onClose}
      onDelete={record ? () => props.onDelete(record) : undefined}
      title={
        record
          ? t(`customersArea.form.edit.${kind.one}`, { code: kind.codeOf(record) })
          : t(`customersArea.form.new.${kind.one}`)
      }
    >
      <SimpleGrid cols={2}>
        <TextInput
          label={t(`customers.${kind.codePath}`)}
          withAsterisk
          data-autofocus={record ? undefined : true}
          {...field(kind.codePath)}
        />
        <kind.Beside {...fields} />
      </SimpleGrid>
      <TextInput
        label={t('customers.name')}
        withAsterisk
        data-autofocus={record ? true : undefined}
        {...field('name')}
      />
      <kind.Fields {...fields} />
      <NotesInput label={t('customersArea.fields.notes')} {...field('notes')} />
    </FormModal>
  );
}
