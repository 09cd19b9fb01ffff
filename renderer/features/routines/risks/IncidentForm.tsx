import { MultiSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  incidentFields,
  incidentStatuses,
  type Risk,
  riskCategories,
  severities,
} from '../../../../shared/schema/risk';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { useCatalogSearch } from '../../../app/use-catalog-search';
import { removeIncident, restoreIncident, saveIncident } from '../../../db/risk-commands';
import type { IncidentRow } from '../../../db/risk-queries';
import { DateField } from '../../../ui/DateField';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { FormModal, NotesInput, useRecordForm } from '../../../ui/record-form';
import { useFailureText } from '../../../ui/refusal-text';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { useToday } from '../../../ui/use-today';
import {
  formDaysToResolve,
  type IncidentFormValues,
  incidentFormValues,
  incidentInputOf,
} from './incident-form';
import { OrderLinks } from './OrderLinks';

const scale = ['1', '2', '3', '4', '5'];

/**
 * Log or change an incident: when, what kind, how serious, what happened and how it was resolved, and
 * what it touched — orders (by number, bringing their customers), customers, staff and the risk it realised.
 */
export function IncidentForm(props: {
  row: IncidentRow | null;
  staff: readonly Staff[];
  risks: readonly Pick<Risk, 'id' | 'title'>[];
  start?: Partial<IncidentFormValues>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const confirm = useConfirmDelete();
  const today = useToday();
  const catalog = useCatalogSearch();
  const incident = props.row?.incident ?? null;
  const [numbers, setNumbers] = useState(
    () => new Map((props.row?.orders ?? []).map((o) => [o.id, o.number] as const)),
  );
  const [names, setNames] = useState(
    () => new Map((props.row?.customers ?? []).map((c) => [c.id, c.name] as const)),
  );
  const [customerQuery, setCustomerQuery] = useState('');
  const record = useRecordForm(incidentFields, {
    initial: incidentFormValues(incident, today, props.start),
    fromValues: incidentInputOf,
    write: (input) =>
      saveIncident(session, input, incident ? { id: incident.id, rev: incident.rev } : undefined),
    onSaved: (saved) => {
      notifySaved(
        t(incident ? 'routinesArea.incidents.updated' : 'routinesArea.incidents.created', {
          title: saved.title,
        }),
      );
      props.onClose();
    },
  });
  const { field, form } = record;
  const values = form.getValues();
  const days = formDaysToResolve(values);

  const nameOf = (id: string) => names.get(id) ?? catalog.customerById(id)?.name ?? '';
  const customerOptions = [
    ...values.customerIds.map((id) => ({ value: id, label: nameOf(id) || id })),
    ...catalog
      .searchCustomers(customerQuery, 20)
      .filter((c) => !values.customerIds.includes(c.id))
      .map((c) => ({ value: c.id, label: `${c.name} · ${c.code}` })),
  ];
  const people = props.staff
    .filter((s) => s.status !== 'left' || values.staffIds.includes(s.id))
    .map((s) => ({ value: s.id, label: s.name }));

  const remove = async () => {
    if (!incident) return;
    try {
      await removeIncident(session, incident.id);
    } catch (error) {
      notifyFailed(failure(error));
      return;
    }
    props.onClose();
    notifyUndo({
      key: incident.id,
      message: t('routinesArea.incidents.removed', { title: incident.title }),
      undoLabel: t('routinesArea.risks.undo'),
      undo: () => void restoreIncident(session, incident.id),
    });
  };

  return (
    <>
      <FormModal
        record={record}
        testId="incident-form"
        saveTestId="incident-save"
        size="xl"
        onClose={props.onClose}
        title={t(incident ? 'routinesArea.incidents.editTitle' : 'routinesArea.incidents.newTitle')}
        onDelete={incident ? () => confirm.ask(incident.title, () => void remove()) : undefined}
        childOpen={confirm.open}
        deleteLabel={t('routinesArea.incidents.remove')}
      >
        <SimpleGrid cols={3}>
          <DateField
            label={t('routinesArea.incidents.date')}
            withAsterisk
            data-testid="incident-date"
            {...field('date')}
          />
          <Select
            label={t('routinesArea.incidents.category')}
            withAsterisk
            allowDeselect={false}
            data={riskCategories.map((c) => ({ value: c, label: t(`routinesArea.categories.${c}`) }))}
            data-testid="incident-category"
            {...field('category')}
          />
          <Select
            label={t('routinesArea.incidents.severity')}
            withAsterisk
            allowDeselect={false}
            data={severities.map((s) => ({ value: s, label: t(`routinesArea.incidents.severities.${s}`) }))}
            data-testid="incident-severity"
            {...field('severity')}
          />
        </SimpleGrid>
        <TextInput
          label={t('routinesArea.incidents.title')}
          withAsterisk
          data-autofocus
          data-testid="incident-title"
          {...field('title')}
        />
        <NotesInput
          label={t('routinesArea.incidents.happened')}
          data-testid="incident-happened"
          {...field('happened')}
        />
        <OrderLinks
          orderIds={values.orderIds}
          numbers={numbers}
          error={record.errorOf('orderIds')}
          onAdd={(order, customer) => {
            setNumbers((m) => new Map(m).set(order.id, order.number));
            if (!values.orderIds.includes(order.id))
              form.setFieldValue('orderIds', [...values.orderIds, order.id]);
            if (customer) {
              setNames((m) => new Map(m).set(customer.id, customer.name));
              if (!form.getValues().customerIds.includes(customer.id))
                form.setFieldValue('customerIds', [...form.getValues().customerIds, customer.id]);
            }
          }}
          onRemove={(id) =>
            form.setFieldValue(
              'orderIds',
              values.orderIds.filter((o) => o !== id),
            )
          }
        />
        <SimpleGrid cols={2}>
          <MultiSelect
            label={t('routinesArea.incidents.customers')}
            placeholder={t('routinesArea.incidents.customersSearch')}
            data={customerOptions}
            searchable
            searchValue={customerQuery}
            onSearchChange={setCustomerQuery}
            filter={({ options }) => options}
            data-testid="incident-customers"
            {...field('customerIds')}
          />
          <MultiSelect
            label={t('routinesArea.incidents.staff')}
            data={people}
            searchable
            hidePickedOptions
            data-testid="incident-staff"
            {...field('staffIds')}
          />
        </SimpleGrid>
        <Select
          label={t('routinesArea.incidents.risk')}
          placeholder={t('routinesArea.incidents.noRisk')}
          data={props.risks.map((r) => ({ value: r.id, label: r.title }))}
          searchable
          clearable
          data-testid="incident-risk"
          {...field('riskId')}
        />
        <NotesInput
          label={t('routinesArea.incidents.resolution')}
          data-testid="incident-resolution"
          {...field('resolution')}
        />
        <SimpleGrid cols={3}>
          <Select
            label={t('routinesArea.incidents.status')}
            withAsterisk
            allowDeselect={false}
            data={incidentStatuses.map((s) => ({
              value: s,
              label: t(`routinesArea.incidents.statuses.${s}`),
            }))}
            data-testid="incident-status"
            {...field('status')}
            onChange={(status) => {
              if (!status) return;
              form.setFieldValue('status', status as IncidentFormValues['status']);
              // Marked resolved with no day yet: today, which can be changed.
              if ((status === 'resolved' || status === 'closed') && values.resolvedOn.trim() === '')
                form.setFieldValue('resolvedOn', today);
            }}
          />
          <DateField
            label={t('routinesArea.incidents.resolvedOn')}
            description={
              days === null
                ? undefined
                : `${t('routinesArea.incidents.daysToResolve')}: ${t('routinesArea.incidents.days', { count: days })}`
            }
            data-testid="incident-resolved-on"
            {...field('resolvedOn')}
          />
          {values.category === 'customer_complaint' ? (
            <Select
              label={t('routinesArea.incidents.satisfaction')}
              data={scale}
              clearable
              data-testid="incident-satisfaction"
              {...field('satisfaction')}
            />
          ) : (
            <Text size="sm" c="dimmed" aria-hidden />
          )}
        </SimpleGrid>
      </FormModal>
      {confirm.modal}
    </>
  );
}
