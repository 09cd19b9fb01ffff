import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSectionKind } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { loadCycleBoard, type ReviewRow } from '../../../db/review-queries';
import { formatDay, formatNumber } from '../../../i18n/format';
import { ReviewDetail } from '../review/ReviewDetail';
import { CycleActions } from './CycleActions';
import { CycleStatusBadge } from './CycleStatusBadge';
import { ImportResponsesDialog } from './ImportResponsesDialog';
import { RequestsDialog } from './RequestsDialog';

const score = (value: number | null) => (value === null ? '—' : formatNumber(value));

/** A section's state in one person's row: its score, "open" while it waits for a part, or nothing. */
function SectionCell({ row, kind }: { row: ReviewRow; kind: ReviewSectionKind }) {
  const { t } = useTranslation();
  const value = row.scores[kind];
  if (value !== null) return <Text size="sm">{formatNumber(value)}</Text>;
  if (row.openParts.includes(kind))
    return (
      <Badge color="orange" variant="light" data-open={kind}>
        {t('reviewsArea.board.open')}
      </Badge>
    );
  return <Text size="sm">—</Text>;
}

/**
 * One cycle at work: its period, template and status with the actions it allows (start, calibrate, close),
 * and one row per person with each section's state, the feedback requests answered, the final score and
 * band. A row opens the person's review; the requests button opens their feedback requests.
 */
export function CycleBoard(props: { cycleId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const { db } = useSession();
  const board = useLiveQuery(() => loadCycleBoard(db, props.cycleId), [db, props.cycleId]);
  const [openReview, setOpenReview] = useState<string | null>(null);
  const [requestsOf, setRequestsOf] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (board === undefined) return null;
  // Gone meanwhile (deleted on another machine and merged in): back to the list.
  if (board === null)
    return (
      <Button variant="subtle" leftSection={<IconArrowLeft size={14} />} onClick={props.onBack}>
        {t('reviewsArea.board.back')}
      </Button>
    );
  const { cycle, template, rows } = board;
  const finished = rows.filter((r) => r.openParts.length === 0).length;
  const requestRow = requestsOf ? rows.find((r) => r.review.id === requestsOf) : undefined;

  return (
    <Stack gap="sm" data-testid="cycle-board" data-cycle={cycle.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconArrowLeft size={14} />}
              onClick={props.onBack}
              data-testid="cycles-back"
            >
              {t('reviewsArea.board.back')}
            </Button>
          </Group>
          <Group gap="sm">
            <Title order={2} size="h3">
              {cycle.name}
            </Title>
            <CycleStatusBadge status={cycle.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {[
              t('reviewsArea.period', { from: formatDay(cycle.from), to: formatDay(cycle.to) }),
              template.name,
              cycle.feedbackDue
                ? t('reviewsArea.board.feedbackDue', { date: formatDay(cycle.feedbackDue) })
                : null,
              t('reviewsArea.board.finished', {
                done: formatNumber(finished),
                total: formatNumber(rows.length),
              }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <CycleActions cycle={cycle} onImport={() => setImporting(true)} onRefused={setRefusal} />
      </Group>
      {refusal && (
        <Alert
          color="red"
          variant="light"
          title={t('reviewsArea.board.closeRefused')}
          data-testid="close-refusal"
          withCloseButton
          closeButtonLabel={t('formActions.close')}
          onClose={() => setRefusal(null)}
        >
          {refusal}
        </Alert>
      )}
      <Paper withBorder radius="md">
        <Table highlightOnHover data-testid="board-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reviewsArea.board.person')}</Table.Th>
              {template.sections.map((s) => (
                <Table.Th key={s.kind} ta="center">
                  {t('reviewsArea.board.sectionHead', {
                    name: t(`reviewsArea.section.${s.kind}`),
                    weight: formatNumber(s.weight),
                  })}
                </Table.Th>
              ))}
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('reviewsArea.board.requests')}</Table.Th>
              <Table.Th ta="right">{t('reviewsArea.board.final')}</Table.Th>
              <Table.Th>{t('reviewsArea.board.band')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const answered = row.requests.filter((r) => r.answered).length;
              // Scored from the parts so far: it may still move until every weighted part is in.
              const provisional = row.openParts.length > 0;
              return (
                <Table.Tr
                  key={row.review.id}
                  data-testid="board-row"
                  data-person={row.name}
                  data-finished={row.openParts.length === 0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setOpenReview(row.review.id)}
                >
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={t('reviewsArea.board.openReview', { name: row.name })}
                      data-testid="open-review"
                      onClick={(event) => {
                        event.stopPropagation();
                        setOpenReview(row.review.id);
                      }}
                    >
                      {row.name}
                    </Button>
                  </Table.Td>
                  {template.sections.map((s) => (
                    <Table.Td key={s.kind} ta="center" data-section={s.kind}>
                      <SectionCell row={row} kind={s.kind} />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Button
                      variant="light"
                      size="compact-sm"
                      data-testid="review-requests"
                      onClick={(event) => {
                        event.stopPropagation();
                        setRequestsOf(row.review.id);
                      }}
                    >
                      {t('reviewsArea.board.answered', {
                        answered: formatNumber(answered),
                        total: formatNumber(row.requests.length),
                      })}
                      <VisuallyHidden>
                        {' '}
                        {t('reviewsArea.board.requestsOf', { name: row.name })}
                      </VisuallyHidden>
                    </Button>
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    data-testid="board-final"
                    data-provisional={provisional}
                    title={
                      provisional && row.final.score !== null ? t('reviewsArea.board.provisional') : undefined
                    }
                  >
                    <Text size="sm" fw={provisional ? 400 : 600} fs={provisional ? 'italic' : undefined}>
                      {score(row.final.score)}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid="board-band">
                    <Text size="sm" fs={provisional ? 'italic' : undefined} style={{ whiteSpace: 'nowrap' }}>
                      {row.band ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      {rows.some((r) => r.openParts.length > 0 && r.final.score !== null) && (
        <Text size="xs" c="dimmed">
          {t('reviewsArea.board.provisionalLegend')}
        </Text>
      )}
      {openReview && <ReviewDetail reviewId={openReview} onClose={() => setOpenReview(null)} />}
      {requestRow && <RequestsDialog cycle={cycle} row={requestRow} onClose={() => setRequestsOf(null)} />}
      {importing && <ImportResponsesDialog cycle={cycle} rows={rows} onClose={() => setImporting(false)} />}
    </Stack>
  );
}
