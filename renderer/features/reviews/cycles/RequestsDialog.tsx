import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconKeyboard, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PEERS } from '../../../../shared/rules/reviews';
import type { FeedbackRequest, ReviewCycle } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { removeRequest } from '../../../db/review-commands';
import type { ReviewRow } from '../../../db/review-queries';
import { formatDay, formatNumber } from '../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { failureText } from '../../../ui/refusal-text';
import { useToday } from '../../../ui/use-today';
import { PeerForm } from './PeerForm';
import { exportRequest } from './request-export';
import { TypeAnswersForm } from './TypeAnswersForm';

/** A badge that shows its whole text, in sentence case (a date in it reads as a date). */
const whole = { tt: 'none', miw: 'max-content', style: { overflow: 'visible' } } as const;

/** A request's state: answered, waiting until its day, or past it. */
function RequestState({
  answered,
  request,
  today,
}: {
  answered: boolean;
  request: FeedbackRequest;
  today: string;
}) {
  const { t } = useTranslation();
  if (answered)
    return (
      <Badge color="teal" variant="light" data-state="answered" {...whole}>
        {t('reviewsArea.requests.answered')}
      </Badge>
    );
  const date = formatDay(request.expiresOn);
  return request.expiresOn < today ? (
    <Badge color="red" variant="light" data-state="expired" {...whole}>
      {t('reviewsArea.requests.expired', { date })}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" data-state="waiting" {...whole}>
      {t('reviewsArea.requests.waiting', { date })}
    </Badge>
  );
}

/**
 * One person's feedback requests in this cycle: their self-assessment and each peer asked. A request is
 * exported as a file for its reviewer, or answered here from a paper form; one not yet answered can be
 * removed. Peers are added from the team or by name. What anyone answered is not shown here: peer
 * feedback is read only as the review's anonymous summary.
 */
export function RequestsDialog(props: { cycle: ReviewCycle; row: ReviewRow; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const today = useToday();
  const { cycle, row } = props;
  const [typing, setTyping] = useState<FeedbackRequest | null>(null);
  const [removing, setRemoving] = useState<FeedbackRequest | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const open = cycle.status !== 'closed';
  const peers = row.requests.filter((r) => r.request.relation === 'peer');
  // The self-assessment first, then the peers in the order they were asked.
  const requests = [...row.requests.filter((r) => r.request.relation === 'self'), ...peers];
  const peersAnswered = peers.filter((r) => r.answered).length;

  const save = async (request: FeedbackRequest) => {
    setExporting(request.id);
    try {
      const result = await exportRequest(session, request, t('reviewsArea.requests.fileFilter'));
      if (result.saved) notifySaved(t('reviewsArea.requests.exported', { name: request.reviewerName }));
    } catch (error) {
      notifyFailed(t('reviewsArea.requests.exportFailed', { message: failureText(t, error) }));
    } finally {
      setExporting(null);
    }
  };
  const remove = async (request: FeedbackRequest) => {
    setRemoving(null);
    try {
      await removeRequest(session, request.id);
      notifySaved(t('reviewsArea.requests.removed', { name: request.reviewerName }));
    } catch (error) {
      notifyFailed(failureText(t, error));
    }
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      size={960}
      closeOnEscape={!typing && !removing}
      title={t('reviewsArea.requests.title', { name: row.name })}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('formActions.close') }}
    >
      <Stack gap="md" data-testid="requests-dialog" data-person={row.name}>
        <Text size="sm" c="dimmed">
          {t('reviewsArea.requests.peersShown', {
            min: formatNumber(MIN_PEERS),
            answered: formatNumber(peersAnswered),
          })}
        </Text>
        {row.requests.length === 0 ? (
          <Text size="sm" data-testid="requests-none">
            {cycle.status === 'not_started'
              ? t('reviewsArea.requests.notStarted')
              : t('reviewsArea.requests.none')}
          </Text>
        ) : (
          <Table data-testid="requests-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reviewsArea.requests.relation')}</Table.Th>
                <Table.Th>{t('reviewsArea.requests.reviewer')}</Table.Th>
                <Table.Th>{t('reviewsArea.requests.state')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('reviewsArea.requests.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map(({ request, answered }) => (
                <Table.Tr
                  key={request.id}
                  data-testid="request-row"
                  data-reviewer={request.reviewerName}
                  data-relation={request.relation}
                  data-answered={answered}
                >
                  <Table.Td>{t(`reviewsArea.relation.${request.relation}`)}</Table.Td>
                  <Table.Td>
                    {request.reviewerName}
                    {request.relation === 'peer' && request.reviewerId === null && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {t('reviewsArea.requests.outside')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <RequestState answered={answered} request={request} today={today} />
                  </Table.Td>
                  <Table.Td>
                    {open && !answered && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          variant="light"
                          size="compact-sm"
                          leftSection={<IconDownload size={14} />}
                          loading={exporting === request.id}
                          aria-label={t('reviewsArea.requests.exportFor', { name: request.reviewerName })}
                          onClick={() => void save(request)}
                          data-testid="request-export"
                        >
                          {t('reviewsArea.requests.export')}
                        </Button>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          leftSection={<IconKeyboard size={14} />}
                          aria-label={t('reviewsArea.requests.typeFor', { name: request.reviewerName })}
                          onClick={() => setTyping(request)}
                          data-testid="request-type"
                        >
                          {t('reviewsArea.requests.type')}
                        </Button>
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          leftSection={<IconTrash size={14} />}
                          aria-label={t('reviewsArea.requests.removeFor', { name: request.reviewerName })}
                          onClick={() => setRemoving(request)}
                          data-testid="request-remove"
                        >
                          {t('reviewsArea.requests.remove')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && (
          <PeerForm
            reviewId={row.review.id}
            subjectId={row.review.staffId}
            asked={row.requests.flatMap((r) => (r.request.reviewerId ? [r.request.reviewerId] : []))}
          />
        )}
      </Stack>
      {typing && <TypeAnswersForm request={typing} subject={row.name} onClose={() => setTyping(null)} />}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('reviewsArea.requests.removeTitle')}
        size="sm"
        centered
        closeButtonProps={{ 'aria-label': t('formActions.close') }}
      >
        <Stack>
          <Text size="sm">
            {t('reviewsArea.requests.removeBody', { name: removing?.reviewerName ?? '', subject: row.name })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
              {t('formActions.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => removing && void remove(removing)}
              data-testid="request-remove-confirm"
            >
              {t('reviewsArea.requests.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Modal>
  );
}
