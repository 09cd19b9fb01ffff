import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DutyChange } from '../../../../shared/rules/coverage-suggest';
import type { Duty } from '../../../../shared/schema/duty';
import { notifyFailed } from '../../../ui/notify';
import { failureText } from '../../../ui/refusal-text';
import { TableHead } from '../../../ui/TableHead';

// The suggestion, shown before anything changes: each duty's holders before and after, and the score
// it would reach. Apply writes all of it in one transaction (`onApply`, which also offers its undo).

export function SuggestModal(props: {
  changes: readonly DutyChange[];
  scores: { before: number; after: number };
  dutyOf: (id: string) => Duty | undefined;
  nameOf: (id: string | null) => string | undefined;
  onApply: (changes: readonly DutyChange[]) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { changes, dutyOf } = props;
  const names = (ids: readonly (string | null)[]) =>
    ids.flatMap((id) => (id ? [props.nameOf(id) ?? '?'] : [])).join(', ') || t('team.none');

  const apply = async () => {
    setBusy(true);
    try {
      await props.onApply(changes);
      props.onClose();
    } catch (error) {
      notifyFailed(t('teamArea.saveFailed', { reason: failureText(t, error) }));
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} size="xl" title={t('teamArea.suggest.title')}>
      <Stack>
        {changes.length === 0 ? (
          <Alert color="green">{t('teamArea.suggest.nothing')}</Alert>
        ) : (
          <>
            <Text size="sm">
              {t('teamArea.suggest.summary', {
                count: changes.length,
                before: props.scores.before,
                after: props.scores.after,
              })}
            </Text>
            <Table data-testid="suggestion">
              <TableHead columns={[t('team.duty'), t('team.primary'), t('team.backups')]} />
              <Table.Tbody>
                {changes.map((change) => {
                  const duty = dutyOf(change.dutyId);
                  const primary = [names([duty?.primaryId ?? null]), names([change.primaryId])];
                  const backups = [names(duty?.backupIds ?? []), names(change.backupIds)];
                  return (
                    <Table.Tr key={change.dutyId}>
                      <Table.Td>{duty?.name}</Table.Td>
                      <Table.Td>
                        <Was before={primary[0] as string} after={primary[1] as string} />
                      </Table.Td>
                      <Table.Td>
                        <Was before={backups[0] as string} after={backups[1] as string} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('formActions.cancel')}
          </Button>
          {changes.length > 0 && (
            <Button onClick={apply} loading={busy}>
              {t('teamArea.suggest.apply')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function Was({ before, after }: { before: string; after: string }) {
  if (before === after) return <Text size="sm">{after}</Text>;
  return (
    <Text size="sm">
      <Text span td="line-through" c="dimmed">
        {before}
      </Text>{' '}
      → <b>{after}</b>
    </Text>
  );
}
