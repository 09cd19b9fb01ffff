import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileImport, IconLock, IconPlayerPlay, IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import type { ReviewCycle } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { closeCycle, setCycleStatus, startCycle } from '../../../db/review-commands';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { failureText } from '../../../ui/refusal-text';

/**
 * What a cycle allows now: Start (the self-assessment requests go out), import responses while feedback
 * is collected, Calibrate (scores compared before closing) and back, and Close — asked first, since a
 * closed cycle's reviews no longer change; a refusal naming who is unfinished goes to `onRefused`.
 */
export function CycleActions(props: {
  cycle: ReviewCycle;
  onImport: () => void;
  onRefused: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { cycle } = props;
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    props.onRefused(null);
    try {
      await action();
      notifySaved(done);
    } catch (error) {
      if (error instanceof Refusal && error.code === 'review.cycleUnfinished')
        props.onRefused(failureText(t, error));
      else notifyFailed(failureText(t, error));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setConfirming(false);
    void run(() => closeCycle(session, cycle.id), t('reviewsArea.board.closed', { name: cycle.name }));
  };

  if (cycle.status === 'closed') return null;
  const collecting = cycle.status === 'in_progress' || cycle.status === 'calibrating';
  return (
    <Group gap="xs" wrap="nowrap">
      {cycle.status === 'not_started' && (
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          loading={busy}
          onClick={() =>
            void run(
              () => startCycle(session, cycle.id),
              t('reviewsArea.board.started', { name: cycle.name }),
            )
          }
          data-testid="cycle-start"
        >
          {t('reviewsArea.board.start')}
        </Button>
      )}
      {collecting && (
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={props.onImport}
          data-testid="cycle-import"
        >
          {t('reviewsArea.board.import')}
        </Button>
      )}
      {cycle.status === 'in_progress' && (
        <Button
          variant="default"
          leftSection={<IconScale size={16} />}
          loading={busy}
          onClick={() =>
            void run(
              () => setCycleStatus(session, cycle.id, 'calibrating'),
              t('reviewsArea.board.calibrating', { name: cycle.name }),
            )
          }
          data-testid="cycle-calibrate"
        >
          {t('reviewsArea.board.calibrate')}
        </Button>
      )}
      {cycle.status === 'calibrating' && (
        <Button
          variant="default"
          loading={busy}
          onClick={() =>
            void run(
              () => setCycleStatus(session, cycle.id, 'in_progress'),
              t('reviewsArea.board.reopened', { name: cycle.name }),
            )
          }
          data-testid="cycle-reopen"
        >
          {t('reviewsArea.board.reopen')}
        </Button>
      )}
      {collecting && (
        <Button
          color="teal"
          leftSection={<IconLock size={16} />}
          loading={busy}
          onClick={() => setConfirming(true)}
          data-testid="cycle-close"
        >
          {t('reviewsArea.board.close')}
        </Button>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('reviewsArea.board.closeTitle', { name: cycle.name })}
        size="md"
        centered
        closeButtonProps={{ 'aria-label': t('formActions.close') }}
      >
        <Stack>
          <Text size="sm">{t('reviewsArea.board.closeBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('formActions.cancel')}
            </Button>
            <Button color="teal" onClick={close} data-testid="cycle-close-confirm">
              {t('reviewsArea.board.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
