import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CareRecord, careKinds, isArrangement, isWelfare } from '../../../../shared/schema/care';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import type { OfficeCurrency } from '../../../app/use-office-currency';
import { saveCareRecord } from '../../../db/care-commands';
import { AmountInput } from '../../../ui/AmountInput';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { careFormSchema, careFormValues, careInputOf } from './care-form';

/**
 * Add or change a care record (confidential): a care note, a welfare item with its amount in the office
 * currency, or a flexible-hours or remote-work arrangement from a day until another (or further notice).
 */
export function CareForm(props: {
  record?: CareRecord;
  staff: Staff[];
  preset: { staffId: string; date: string };
  currency: OfficeCurrency;
  onClose: () => void;
  onDelete?: (record: CareRecord) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { record, currency } = props;
  const names = new Map(props.staff.map((s) => [s.id, s.name]));
  const care = useRecordForm(careFormSchema(currency.digits), {
    initial: careFormValues(record, props.preset, currency.digits),
    fromValues: careInputOf,
    write: (input) => saveCareRecord(session, input, record),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.care.form.saved', { name: names.get(saved.staffId) ?? '' }));
      props.onClose();
    },
  });
  const { field } = care;
  const kind = care.form.getValues().kind;
  const people = props.staff.filter((s) => s.status !== 'left' || s.id === record?.staffId);
  return (
    <FormModal
      record={care}
      testId="care-form"
      saveTestId="care-save"
      onClose={props.onClose}
      onDelete={record && props.onDelete ? () => props.onDelete?.(record) : undefined}
      title={t(record ? 'routinesArea.care.form.editTitle' : 'routinesArea.care.form.newTitle')}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('routinesArea.care.form.person')}
          withAsterisk
          searchable
          allowDeselect={false}
          data={people.map((s) => ({ value: s.id, label: s.name }))}
          data-autofocus
          {...field('staffId')}
          data-testid="care-person"
        />
        <Select
          label={t('routinesArea.care.form.kind')}
          withAsterisk
          allowDeselect={false}
          data={careKinds.map((k) => ({ value: k, label: t(`routinesArea.care.kind.${k}`) }))}
          {...field('kind')}
          data-testid="care-kind"
        />
        <DateField
          label={t(isArrangement(kind) ? 'routinesArea.care.form.from' : 'routinesArea.care.form.date')}
          withAsterisk
          {...hintBelow}
          {...field('date')}
          data-testid="care-date"
        />
        {isArrangement(kind) && (
          <DateField
            label={t('routinesArea.care.form.until')}
            description={t('routinesArea.care.form.untilHint')}
            {...hintBelow}
            {...field('until')}
            data-testid="care-until"
          />
        )}
        {isWelfare(kind) && (
          <AmountInput
            label={t('routinesArea.care.form.amount', { currency: currency.code })}
            description={t('routinesArea.care.form.amountHint', { currency: currency.code })}
            withAsterisk
            symbol={currency.symbol}
            {...field('amount')}
            data-testid="care-amount"
          />
        )}
      </SimpleGrid>
      <NotesInput label={t('routinesArea.care.form.text')} {...field('text')} data-testid="care-text" />
    </FormModal>
  );
}
