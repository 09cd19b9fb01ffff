import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { addPeerRequest } from '../../../db/review-commands';
import { loadStaff } from '../../../db/team-queries';
import { notifySaved } from '../../../ui/notify';
import { FormError, RecordForm, useRecordForm } from '../../../ui/record-form';
import { peerFormValues, peerInputOf, peerSchema } from './peer-form';

/**
 * Ask one more peer for feedback on this person: a colleague from the team (not the person, not one
 * already asked) or someone outside it by name. The request is added at once; its file is exported from
 * the list above.
 */
export function PeerForm(props: { reviewId: string; subjectId: string; asked: readonly string[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useLiveQuery(() => loadStaff(session.db), [session.db]) ?? [];
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? '';
  const record = useRecordForm(peerSchema, {
    initial: peerFormValues(),
    fromValues: peerInputOf(nameOf),
    write: (input) =>
      addPeerRequest(session, props.reviewId, { staffId: input.reviewerId, name: input.name }),
    onSaved: (request) => {
      notifySaved(t('reviewsArea.peer.added', { name: request.reviewerName }));
      record.form.setValues({ ...peerFormValues(), who: record.form.getValues().who });
      record.form.resetDirty();
    },
  });
  const { field, form } = record;
  const values = form.getValues();
  const colleagues = staff.filter(
    (s) => s.status !== 'left' && s.id !== props.subjectId && !props.asked.includes(s.id),
  );
  return (
    <Paper withBorder p="sm" radius="md">
      <RecordForm record={record} testId="peer-form">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('reviewsArea.peer.title')}
          </Text>
          <Group align="flex-end" wrap="nowrap" gap="sm">
            <SegmentedControl
              aria-label={t('reviewsArea.peer.who')}
              data={[
                { value: 'team', label: t('reviewsArea.peer.team') },
                { value: 'outside', label: t('reviewsArea.peer.outside') },
              ]}
              value={values.who}
              onChange={(who) => form.setFieldValue('who', who as typeof values.who)}
              data-testid="peer-who"
            />
            {values.who === 'team' ? (
              <Select
                label={t('reviewsArea.peer.colleague')}
                placeholder={t('reviewsArea.peer.colleaguePlaceholder')}
                searchable
                nothingFoundMessage={t('reviewsArea.peer.nobodyFound')}
                data={colleagues.map((s) => ({ value: s.id, label: s.name }))}
                flex={1}
                data-testid="peer-staff"
                {...field('reviewerId')}
              />
            ) : (
              <TextInput
                label={t('reviewsArea.peer.name')}
                placeholder={t('reviewsArea.peer.namePlaceholder')}
                flex={1}
                data-testid="peer-name"
                {...field('name')}
              />
            )}
            <Button
              type="submit"
              leftSection={<IconUserPlus size={16} />}
              loading={record.busy}
              data-testid="peer-add"
            >
              {t('reviewsArea.peer.add')}
            </Button>
          </Group>
          <FormError message={record.error} />
        </Stack>
      </RecordForm>
    </Paper>
  );
}
