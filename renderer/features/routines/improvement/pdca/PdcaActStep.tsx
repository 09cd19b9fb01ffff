import { Paper, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Duty } from '../../../../../shared/schema/duty';
import { idSchema, optionalText } from '../../../../../shared/schema/envelope';
import type { PdcaCycle } from '../../../../../shared/schema/pdca';
import type { Sop } from '../../../../../shared/schema/sop';
import { useSession } from '../../../../app/session-context';
import { savePdcaAct } from '../../../../db/pdca-commands';
import { notifySaved } from '../../../../ui/notify';
import { FormActions, NotesInput, RecordForm, useRecordForm } from '../../../../ui/record-form';

// Act: standardise what worked — the SOP version that now holds the change, or the duty whose holders
// changed in the duty matrix — and a note (also where "not standardised, because…" is said).

const actSchema = z.object({
  sopId: idSchema.nullable(),
  sopVersion: z.number().int().min(1).nullable(),
  dutyId: idSchema.nullable(),
  actNote: optionalText(2000),
});

export function PdcaActStep(props: {
  cycle: PdcaCycle;
  sops: readonly { sop: Sop; versions: number[] }[];
  duties: readonly Duty[];
  /** The cycle as saved: its new version is what the next action on it starts from. */
  onSaved: (cycle: PdcaCycle) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { cycle } = props;
  const record = useRecordForm(actSchema, {
    initial: {
      sopId: cycle.sopId ?? '',
      sopVersion: cycle.sopVersion === null ? '' : String(cycle.sopVersion),
      dutyId: cycle.dutyId ?? '',
      actNote: cycle.actNote,
    },
    fromValues: (v) => ({
      ...v,
      sopId: v.sopId === '' ? null : v.sopId,
      sopVersion: v.sopVersion === '' || v.sopId === '' ? null : Number(v.sopVersion),
      dutyId: v.dutyId === '' ? null : v.dutyId,
    }),
    write: (input) => savePdcaAct(session, cycle.id, input, cycle.rev),
    onSaved: (saved) => {
      notifySaved(t('routinesArea.pdca.act.saved'));
      props.onSaved(saved);
    },
  });
  const chosen = props.sops.find((s) => s.sop.id === record.form.getValues().sopId);
  const closed = cycle.phase === 'closed';
  return (
    <Paper withBorder p="md" radius="md" data-testid="pdca-act">
      <Title order={3} size="h5" mb="xs">
        {t('routinesArea.pdca.phase.act')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('routinesArea.pdca.act.hint')}
      </Text>
      <RecordForm record={record} testId="pdca-act-form">
        <SimpleGrid cols={3}>
          <Select
            label={t('routinesArea.pdca.act.sop')}
            clearable
            searchable
            disabled={closed}
            data={props.sops.map((s) => ({ value: s.sop.id, label: s.sop.title }))}
            {...record.field('sopId')}
            onChange={(v) => {
              record.form.setFieldValue('sopId', v ?? '');
              const versions = props.sops.find((s) => s.sop.id === v)?.versions ?? [];
              record.form.setFieldValue('sopVersion', versions[0] === undefined ? '' : String(versions[0]));
            }}
            data-testid="pdca-act-sop"
          />
          <Select
            label={t('routinesArea.pdca.act.version')}
            disabled={closed || !chosen}
            allowDeselect={false}
            data={(chosen?.versions ?? []).map((v) => ({ value: String(v), label: `v${v}` }))}
            {...record.field('sopVersion')}
            data-testid="pdca-act-version"
          />
          <Select
            label={t('routinesArea.pdca.act.duty')}
            clearable
            searchable
            disabled={closed}
            data={props.duties.map((d) => ({ value: d.id, label: d.name }))}
            {...record.field('dutyId')}
            data-testid="pdca-act-duty"
          />
        </SimpleGrid>
        <NotesInput
          label={t('routinesArea.pdca.act.note')}
          disabled={closed}
          {...record.field('actNote')}
          data-testid="pdca-act-note"
        />
        {!closed && (
          <FormActions
            submitting={record.busy}
            error={record.error}
            keysHint={false}
            saveTestId="pdca-act-save"
          />
        )}
      </RecordForm>
    </Paper>
  );
}
