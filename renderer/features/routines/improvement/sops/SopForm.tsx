import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { processKinds, type Sop, sopFields } from '../../../../../shared/schema/sop';
import type { Staff } from '../../../../../shared/schema/staff';
import { useSession } from '../../../../app/session-context';
import { saveSop } from '../../../../db/sop-commands';
import { DateField } from '../../../../ui/DateField';
import { notifySaved } from '../../../../ui/notify';
import { FormModal, hintBelow, useRecordForm } from '../../../../ui/record-form';

// A process document's card: its title, process, owner and next review date. Its body is written as a
// draft in the document's own editor and published from there.

const sopCardSchema = sopFields.pick({ title: true, process: true, ownerId: true, reviewOn: true });

export function SopForm(props: {
  sop: Sop | null;
  staff: readonly Staff[];
  onClose: () => void;
  onSaved?: (sop: Sop) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { sop } = props;
  const record = useRecordForm(sopCardSchema, {
    initial: {
      title: sop?.title ?? '',
      process: sop?.process ?? 'order_processing',
      ownerId: sop?.ownerId ?? '',
      reviewOn: sop?.reviewOn ?? '',
    },
    fromValues: (v) => ({ ...v, reviewOn: v.reviewOn === '' ? null : v.reviewOn }),
    write: (input) =>
      saveSop(session, { ...input, draft: sop?.draft ?? '' }, sop ? { id: sop.id, rev: sop.rev } : undefined),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.sops.saved', { title: saved.title }));
      props.onSaved?.(saved);
      props.onClose();
    },
  });
  const { field } = record;
  const people = props.staff
    .filter((s) => s.status !== 'left' || s.id === sop?.ownerId)
    .map((s) => ({ value: s.id, label: s.name }));
  return (
    <FormModal
      record={record}
      testId="sop-form"
      saveTestId="sop-save"
      onClose={props.onClose}
      title={
        sop
          ? t('routinesArea.sops.form.editTitle', { title: sop.title })
          : t('routinesArea.sops.form.newTitle')
      }
    >
      <TextInput
        label={t('routinesArea.sops.form.title')}
        withAsterisk
        data-autofocus
        {...field('title')}
        data-testid="sop-title"
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('routinesArea.sops.form.process')}
          withAsterisk
          allowDeselect={false}
          data={processKinds.map((p) => ({ value: p, label: t(`routinesArea.process.${p}`) }))}
          {...field('process')}
          data-testid="sop-process"
        />
        <Select
          label={t('routinesArea.sops.form.owner')}
          withAsterisk
          searchable
          data={people}
          {...field('ownerId')}
          data-testid="sop-owner"
        />
      </SimpleGrid>
      <DateField
        label={t('routinesArea.sops.form.reviewOn')}
        description={t('routinesArea.sops.form.reviewOnHint')}
        {...hintBelow}
        {...field('reviewOn')}
        data-testid="sop-review-on"
      />
    </FormModal>
  );
}
