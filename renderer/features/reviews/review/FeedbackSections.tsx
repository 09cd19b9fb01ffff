import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_PEERS, type PeerSummary } from '../../../../shared/rules/reviews';
import type { CriterionRating } from '../../../../shared/schema/review';
import { formatNumber } from '../../../i18n/format';

/** The person's own answers: their rating of each competency and what they wrote to each question. */
export function SelfSection(props: {
  self: { ratings: readonly CriterionRating[]; answers: readonly string[] } | null;
  questions: readonly string[];
}) {
  const { t } = useTranslation();
  const { self } = props;
  if (!self)
    return (
      <Text size="sm" c="dimmed" data-testid="self-none">
        {t('reviewsArea.detail.self.none')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="self-answers">
      {self.ratings.length > 0 && (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reviewsArea.detail.competency')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.detail.self.rating')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {self.ratings.map((r) => (
              <Table.Tr key={r.criterion}>
                <Table.Td>{r.criterion}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.rating)} / 5</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {props.questions.map((question, i) => (
        <div key={question}>
          <Text size="sm" fw={600}>
            {question}
          </Text>
          <Text
            size="sm"
            style={{ whiteSpace: 'pre-wrap' }}
            c={self.answers[i]?.trim() ? undefined : 'dimmed'}
          >
            {self.answers[i]?.trim() || t('reviewsArea.detail.self.blank')}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/**
 * 360 feedback, anonymous: nothing shows until at least three colleagues answered (with fewer, an average
 * would give away what one said); then only each competency's average and the comments, without names and
 * in an order that does not follow who wrote them.
 */
export function PeerSection({ peers }: { peers: PeerSummary }) {
  const { t } = useTranslation();
  if (!peers.shown)
    return (
      <Group gap="xs" data-testid="peer-hidden">
        <Badge variant="light" color="gray">
          {t('reviewsArea.detail.peers.needed', {
            count: formatNumber(peers.count),
            needed: formatNumber(MIN_PEERS),
          })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('reviewsArea.detail.peers.why', { needed: formatNumber(MIN_PEERS) })}
        </Text>
      </Group>
    );
  return (
    <Stack gap="xs" data-testid="peer-summary">
      <Text size="sm" c="dimmed">
        {t('reviewsArea.detail.peers.answered', { count: peers.count })}
      </Text>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reviewsArea.detail.competency')}</Table.Th>
            <Table.Th ta="right">{t('reviewsArea.detail.peers.average')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {peers.averages.map((a) => (
            <Table.Tr key={a.criterion} data-testid="peer-average">
              <Table.Td>{a.criterion}</Table.Td>
              <Table.Td ta="right">{formatNumber(a.average)} / 5</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600}>
        {t('reviewsArea.detail.peers.comments')}
      </Text>
      {peers.comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reviewsArea.detail.peers.noComments')}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="peer-comments">
          {peers.comments.map((comment, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two peers may write the same words; the order is fixed
            <List.Item key={i} style={{ whiteSpace: 'pre-wrap' }}>
              {comment}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
